package nl.toezicht.koppelingen;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.toezicht.handhaving.MaatregelBekendgemaakt;
import nl.toezicht.handhaving.MaatregelGepubliceerd;
import nl.toezicht.handhaving.MaatregelpublicatieIngetrokken;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.inspecties.RapportGepubliceerd;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.zaken.ZaakStatusGewijzigd;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events partners may receive: intake, case handling, published reports and measures made known. Declared
 * here, beside the events the owning modules publish for everyone, so that what goes outside is read in one
 * place (a module may also declare its own {@link Gebeurtenistype} bean in its own package).
 */
@Configuration(proxyBeanMethods = false)
class Partnergebeurtenissen {

    static final String MELDING_ONTVANGEN = "nl.toezicht.melding.ontvangen";
    static final String ZAAK_STATUS_GEWIJZIGD = "nl.toezicht.zaak.status-gewijzigd";
    static final String RAPPORT_GEPUBLICEERD = "nl.toezicht.rapport.gepubliceerd";
    static final String MAATREGEL_BESLOTEN = "nl.toezicht.maatregel.besloten";
    static final String MAATREGEL_GEPUBLICEERD = "nl.toezicht.maatregel.gepubliceerd";
    static final String MAATREGEL_PUBLICATIE_INGETROKKEN = "nl.toezicht.maatregel.publicatie-ingetrokken";

    /** National partners and the provider's own system: for what the provider itself knows or the public may see. */
    private static final Set<Partnersoort> OOK_ZORGAANBIEDER =
            Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER);

    /**
     * A notification was received: what kind, which sector, which provider (if known at receipt). No
     * reporter, patient or description. A provider's own system receives those about it.
     */
    @Bean
    Gebeurtenistype<MeldingOntvangen> meldingOntvangen() {
        return new Gebeurtenistype<>(
                MELDING_ONTVANGEN,
                MeldingOntvangen.class,
                MeldingOntvangen::referentie,
                gegevens(
                        veld("melding", e -> e.melding().waarde()),
                        veld("referentie", MeldingOntvangen::referentie),
                        veld("soort", MeldingOntvangen::soort),
                        veld("sector", MeldingOntvangen::sector),
                        veld(
                                "zorgaanbieder",
                                e -> e.zorgaanbieder() == null
                                        ? null
                                        : e.zorgaanbieder().waarde()),
                        veld("ontvangenOp", MeldingOntvangen::ontvangenOp)),
                e -> Optional.ofNullable(e.zorgaanbieder()),
                OOK_ZORGAANBIEDER);
    }

    /**
     * A case moved on in its flow. Only for national partners: a case's inner steps (an investigation, a
     * measure being prepared) are not for the provider it concerns, who follows the notification's status in
     * the portal.
     */
    @Bean
    Gebeurtenistype<ZaakStatusGewijzigd> zaakStatusGewijzigd() {
        return new Gebeurtenistype<>(
                ZAAK_STATUS_GEWIJZIGD,
                ZaakStatusGewijzigd.class,
                e -> e.zaak().waarde().toString(),
                gegevens(
                        veld("zaak", e -> e.zaak().waarde()),
                        veld("afdeling", ZaakStatusGewijzigd::afdeling),
                        veld("van", ZaakStatusGewijzigd::van),
                        veld("naar", ZaakStatusGewijzigd::naar),
                        veld("transitie", ZaakStatusGewijzigd::transitie),
                        veld("op", ZaakStatusGewijzigd::op),
                        veld(
                                "meldingen",
                                e -> e.meldingen().stream()
                                        .map(MeldingId::waarde)
                                        .toList())),
                e -> Optional.empty(),
                Set.of(Partnersoort.LANDELIJK));
    }

    /**
     * A final inspection report was published on the provider's public page. Public from this moment, so for
     * national partners and for the provider's own system.
     */
    @Bean
    Gebeurtenistype<RapportGepubliceerd> rapportGepubliceerd() {
        return new Gebeurtenistype<>(
                RAPPORT_GEPUBLICEERD,
                RapportGepubliceerd.class,
                RapportGepubliceerd::referentie,
                gegevens(
                        veld("activiteit", RapportGepubliceerd::activiteit),
                        veld("referentie", RapportGepubliceerd::referentie),
                        veld("soort", RapportGepubliceerd::soort),
                        veld("afdeling", RapportGepubliceerd::afdeling),
                        veld("zorgaanbieder", RapportGepubliceerd::zorgaanbieder),
                        veld("gepubliceerdOp", RapportGepubliceerd::gepubliceerdOp)),
                over(RapportGepubliceerd::zorgaanbieder),
                OOK_ZORGAANBIEDER);
    }

    /**
     * The decision on a measure (an instruction, an order subject to a penalty, a fine...) was signed and made
     * known to the provider: only the decision letter, not the intention before it nor the collection after it.
     * The provider received the letter itself, so its own system may receive the event.
     */
    @Bean
    Gebeurtenistype<MaatregelBekendgemaakt> maatregelBesloten() {
        return new Gebeurtenistype<>(
                MAATREGEL_BESLOTEN,
                MaatregelBekendgemaakt.class,
                MaatregelBekendgemaakt::referentie,
                gegevens(
                        veld("maatregel", MaatregelBekendgemaakt::maatregel),
                        veld("referentie", MaatregelBekendgemaakt::referentie),
                        veld("soort", MaatregelBekendgemaakt::soort),
                        veld("afdeling", MaatregelBekendgemaakt::afdeling),
                        veld("zorgaanbieder", MaatregelBekendgemaakt::zorgaanbieder),
                        veld("bekendgemaaktOp", MaatregelBekendgemaakt::bekendgemaaktOp)),
                over(MaatregelBekendgemaakt::zorgaanbieder),
                OOK_ZORGAANBIEDER,
                e -> e.stap() == Maatregelstap.BESLUIT_VERZENDEN);
    }

    /**
     * A decision on a measure became public on the public page (decision 0103), once, after the waiting period.
     * Public from this moment: for national partners and the provider's own system.
     */
    @Bean
    Gebeurtenistype<MaatregelGepubliceerd> maatregelGepubliceerd() {
        return new Gebeurtenistype<>(
                MAATREGEL_GEPUBLICEERD,
                MaatregelGepubliceerd.class,
                MaatregelGepubliceerd::referentie,
                gegevens(
                        veld("maatregel", MaatregelGepubliceerd::maatregel),
                        veld("referentie", MaatregelGepubliceerd::referentie),
                        veld("soort", MaatregelGepubliceerd::soort),
                        veld("afdeling", MaatregelGepubliceerd::afdeling),
                        veld("zorgaanbieder", MaatregelGepubliceerd::zorgaanbieder),
                        veld("gepubliceerdOp", MaatregelGepubliceerd::gepubliceerdOp),
                        veld("pdf", e -> "/api/v1/openbare-maatregelen/" + e.maatregel() + "/pdf")),
                over(MaatregelGepubliceerd::zorgaanbieder),
                OOK_ZORGAANBIEDER);
    }

    /** A published decision was taken off the public page (set aside): whoever copied it should remove it. */
    @Bean
    Gebeurtenistype<MaatregelpublicatieIngetrokken> maatregelpublicatieIngetrokken() {
        return new Gebeurtenistype<>(
                MAATREGEL_PUBLICATIE_INGETROKKEN,
                MaatregelpublicatieIngetrokken.class,
                MaatregelpublicatieIngetrokken::referentie,
                gegevens(
                        veld("maatregel", MaatregelpublicatieIngetrokken::maatregel),
                        veld("referentie", MaatregelpublicatieIngetrokken::referentie),
                        veld("zorgaanbieder", MaatregelpublicatieIngetrokken::zorgaanbieder),
                        veld("ingetrokkenOp", MaatregelpublicatieIngetrokken::ingetrokkenOp)),
                over(MaatregelpublicatieIngetrokken::zorgaanbieder),
                OOK_ZORGAANBIEDER);
    }

    /** One field of the data partners receive: its name and how it is read from the event. */
    private record Veld<E>(String naam, Function<E, @Nullable Object> waarde) {}

    private static <E> Veld<E> veld(String naam, Function<E, @Nullable Object> waarde) {
        return new Veld<>(naam, waarde);
    }

    /**
     * The data as partners receive it: the fields in their order, each as plain JSON (an enum by its name, an id,
     * time or date as text, a list of those as a list of text); a field without a value is left out.
     */
    @SafeVarargs
    private static <E> Function<E, Map<String, Object>> gegevens(Veld<E>... velden) {
        List<Veld<E>> tabel = List.of(velden);
        return e -> {
            Map<String, Object> gegevens = new LinkedHashMap<>();
            for (Veld<E> v : tabel) {
                Object waarde = v.waarde().apply(e);
                if (waarde != null) {
                    gegevens.put(v.naam(), tekst(waarde));
                }
            }
            return gegevens;
        };
    }

    private static Object tekst(Object waarde) {
        if (waarde instanceof Enum<?> e) {
            return e.name();
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.stream().map(Partnergebeurtenissen::tekst).toList();
        }
        return waarde.toString();
    }

    /** The provider an event concerns, by its id. */
    private static <E> Function<E, Optional<ZorgaanbiederId>> over(Function<E, UUID> zorgaanbieder) {
        return e -> Optional.of(new ZorgaanbiederId(zorgaanbieder.apply(e)));
    }
}
