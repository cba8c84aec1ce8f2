package nl.toezicht.koppelingen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.toezicht.handhaving.MaatregelBekendgemaakt;
import nl.toezicht.handhaving.MaatregelGepubliceerd;
import nl.toezicht.handhaving.MaatregelpublicatieIngetrokken;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.inspecties.RapportGepubliceerd;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.zaken.ZaakStatusGewijzigd;
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
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("melding", e.melding().waarde().toString());
                    gegevens.put("referentie", e.referentie());
                    gegevens.put("soort", e.soort().name());
                    gegevens.put("sector", e.sector().name());
                    if (e.zorgaanbieder() != null) {
                        gegevens.put("zorgaanbieder", e.zorgaanbieder().waarde().toString());
                    }
                    gegevens.put("ontvangenOp", e.ontvangenOp().toString());
                    return gegevens;
                },
                e -> Optional.ofNullable(e.zorgaanbieder()),
                Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER));
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
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("zaak", e.zaak().waarde().toString());
                    gegevens.put("afdeling", e.afdeling().name());
                    gegevens.put("van", e.van().name());
                    gegevens.put("naar", e.naar().name());
                    gegevens.put("transitie", e.transitie().name());
                    gegevens.put("op", e.op().toString());
                    gegevens.put(
                            "meldingen",
                            e.meldingen().stream()
                                    .map(MeldingId::waarde)
                                    .map(Object::toString)
                                    .toList());
                    return gegevens;
                },
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
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("activiteit", e.activiteit().toString());
                    gegevens.put("referentie", e.referentie());
                    gegevens.put("soort", e.soort().name());
                    gegevens.put("afdeling", e.afdeling().name());
                    gegevens.put("zorgaanbieder", e.zorgaanbieder().toString());
                    gegevens.put("gepubliceerdOp", e.gepubliceerdOp().toString());
                    return gegevens;
                },
                e -> Optional.of(new ZorgaanbiederId(e.zorgaanbieder())),
                Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER));
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
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("maatregel", e.maatregel().toString());
                    gegevens.put("referentie", e.referentie());
                    gegevens.put("soort", e.soort().name());
                    gegevens.put("afdeling", e.afdeling().name());
                    gegevens.put("zorgaanbieder", e.zorgaanbieder().toString());
                    gegevens.put("bekendgemaaktOp", e.bekendgemaaktOp().toString());
                    return gegevens;
                },
                e -> Optional.of(new ZorgaanbiederId(e.zorgaanbieder())),
                Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER),
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
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("maatregel", e.maatregel().toString());
                    gegevens.put("referentie", e.referentie());
                    gegevens.put("soort", e.soort().name());
                    gegevens.put("afdeling", e.afdeling().name());
                    gegevens.put("zorgaanbieder", e.zorgaanbieder().toString());
                    gegevens.put("gepubliceerdOp", e.gepubliceerdOp().toString());
                    gegevens.put("pdf", "/api/v1/openbare-maatregelen/" + e.maatregel() + "/pdf");
                    return gegevens;
                },
                e -> Optional.of(new ZorgaanbiederId(e.zorgaanbieder())),
                Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER));
    }

    /** A published decision was taken off the public page (set aside): whoever copied it should remove it. */
    @Bean
    Gebeurtenistype<MaatregelpublicatieIngetrokken> maatregelpublicatieIngetrokken() {
        return new Gebeurtenistype<>(
                MAATREGEL_PUBLICATIE_INGETROKKEN,
                MaatregelpublicatieIngetrokken.class,
                MaatregelpublicatieIngetrokken::referentie,
                e -> {
                    Map<String, Object> gegevens = new LinkedHashMap<>();
                    gegevens.put("maatregel", e.maatregel().toString());
                    gegevens.put("referentie", e.referentie());
                    gegevens.put("zorgaanbieder", e.zorgaanbieder().toString());
                    gegevens.put("ingetrokkenOp", e.ingetrokkenOp().toString());
                    return gegevens;
                },
                e -> Optional.of(new ZorgaanbiederId(e.zorgaanbieder())),
                Set.of(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER));
    }
}
