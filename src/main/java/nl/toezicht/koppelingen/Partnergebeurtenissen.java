package nl.toezicht.koppelingen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.zaken.ZaakStatusGewijzigd;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events of intake and case handling that partners may receive. Modules that come later (reports,
 * measures) declare their own {@link Gebeurtenistype} bean in their own package.
 */
@Configuration(proxyBeanMethods = false)
class Partnergebeurtenissen {

    static final String MELDING_ONTVANGEN = "nl.toezicht.melding.ontvangen";
    static final String ZAAK_STATUS_GEWIJZIGD = "nl.toezicht.zaak.status-gewijzigd";

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
}
