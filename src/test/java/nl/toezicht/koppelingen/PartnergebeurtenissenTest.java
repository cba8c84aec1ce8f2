package nl.toezicht.koppelingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.handhaving.MaatregelBekendgemaakt;
import nl.toezicht.handhaving.MaatregelGepubliceerd;
import nl.toezicht.handhaving.MaatregelpublicatieIngetrokken;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.RapportGepubliceerd;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.ZaakStatusGewijzigd;
import nl.toezicht.zaken.Zaakstatus;
import org.junit.jupiter.api.Test;

/**
 * What partners receive of each event, to the field and in order: the data is a contract with outside systems, so
 * the table that builds it must give exactly these keys and plain values (ids, times and dates as text, enums by
 * name), and leave out what is unknown.
 */
class PartnergebeurtenissenTest {

    private final Partnergebeurtenissen typen = new Partnergebeurtenissen();
    private final UUID id = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private final UUID aanbieder = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private final Instant op = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void aNotificationGivesItsKindSectorAndProviderOnlyWhenKnown() {
        MeldingOntvangen metAanbieder = new MeldingOntvangen(
                new MeldingId(id),
                "M-1",
                Meldingsoort.CALAMITEIT,
                Zorgsector.GGZ,
                new ZorgaanbiederId(aanbieder),
                op,
                LocalDate.of(2026, 3, 1));
        Gebeurtenistype<MeldingOntvangen> type = typen.meldingOntvangen();
        assertThat(List.copyOf(type.gegevens().apply(metAanbieder).entrySet()))
                .containsExactly(
                        Map.entry("melding", id.toString()),
                        Map.entry("referentie", "M-1"),
                        Map.entry("soort", "CALAMITEIT"),
                        Map.entry("sector", "GGZ"),
                        Map.entry("zorgaanbieder", aanbieder.toString()),
                        Map.entry("ontvangenOp", op.toString()));
        assertThat(type.zorgaanbieder().apply(metAanbieder)).contains(new ZorgaanbiederId(aanbieder));
        assertThat(type.voor()).containsExactlyInAnyOrder(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER);

        MeldingOntvangen zonder =
                new MeldingOntvangen(new MeldingId(id), "M-2", Meldingsoort.CALAMITEIT, Zorgsector.GGZ, null, op, null);
        assertThat(type.gegevens().apply(zonder))
                .doesNotContainKey("zorgaanbieder")
                .containsKey("ontvangenOp");
        assertThat(type.zorgaanbieder().apply(zonder)).isEmpty();
    }

    @Test
    void aCaseStepGivesItsStatesAndNotificationsToNationalPartnersOnly() {
        UUID melding = UUID.fromString("33333333-3333-3333-3333-333333333333");
        ZaakStatusGewijzigd e = new ZaakStatusGewijzigd(
                new ZaakId(id),
                Zorgsector.JEUGD,
                Zaakstatus.ONTVANGEN,
                Zaakstatus.IN_TRIAGE,
                Transitie.START_TRIAGE,
                op,
                List.of(new MeldingId(melding)));
        Gebeurtenistype<ZaakStatusGewijzigd> type = typen.zaakStatusGewijzigd();
        assertThat(type.onderwerp().apply(e)).isEqualTo(id.toString());
        assertThat(List.copyOf(type.gegevens().apply(e).entrySet()))
                .containsExactly(
                        Map.entry("zaak", id.toString()),
                        Map.entry("afdeling", "JEUGD"),
                        Map.entry("van", "ONTVANGEN"),
                        Map.entry("naar", "IN_TRIAGE"),
                        Map.entry("transitie", "START_TRIAGE"),
                        Map.entry("op", op.toString()),
                        Map.entry("meldingen", List.of(melding.toString())));
        assertThat(type.zorgaanbieder().apply(e)).isEqualTo(Optional.empty());
        assertThat(type.voor()).containsExactly(Partnersoort.LANDELIJK);
    }

    @Test
    void aPublishedReportAndTheMeasuresGiveTheirPublicFacts() {
        RapportGepubliceerd rapport =
                new RapportGepubliceerd(id, "T-1", Activiteitsoort.BEZOEK, Zorgsector.GGZ, aanbieder, op);
        assertThat(List.copyOf(
                        typen.rapportGepubliceerd().gegevens().apply(rapport).entrySet()))
                .containsExactly(
                        Map.entry("activiteit", id.toString()),
                        Map.entry("referentie", "T-1"),
                        Map.entry("soort", "BEZOEK"),
                        Map.entry("afdeling", "GGZ"),
                        Map.entry("zorgaanbieder", aanbieder.toString()),
                        Map.entry("gepubliceerdOp", op.toString()));
        assertThat(typen.rapportGepubliceerd().zorgaanbieder().apply(rapport)).contains(new ZorgaanbiederId(aanbieder));

        MaatregelBekendgemaakt besluit = new MaatregelBekendgemaakt(
                id,
                "H-1",
                Maatregelsoort.AANWIJZING,
                Maatregelstap.BESLUIT_VERZENDEN,
                Zorgsector.GGZ,
                aanbieder,
                LocalDate.of(2026, 3, 2));
        Gebeurtenistype<MaatregelBekendgemaakt> besloten = typen.maatregelBesloten();
        assertThat(List.copyOf(besloten.gegevens().apply(besluit).entrySet()))
                .containsExactly(
                        Map.entry("maatregel", id.toString()),
                        Map.entry("referentie", "H-1"),
                        Map.entry("soort", "AANWIJZING"),
                        Map.entry("afdeling", "GGZ"),
                        Map.entry("zorgaanbieder", aanbieder.toString()),
                        Map.entry("bekendgemaaktOp", "2026-03-02"));
        assertThat(besloten.geldtVoor(besluit)).isTrue();

        MaatregelGepubliceerd openbaar =
                new MaatregelGepubliceerd(id, "H-1", Maatregelsoort.BEVEL, Zorgsector.JEUGD, aanbieder, op);
        assertThat(List.copyOf(
                        typen.maatregelGepubliceerd().gegevens().apply(openbaar).entrySet()))
                .containsExactly(
                        Map.entry("maatregel", id.toString()),
                        Map.entry("referentie", "H-1"),
                        Map.entry("soort", "BEVEL"),
                        Map.entry("afdeling", "JEUGD"),
                        Map.entry("zorgaanbieder", aanbieder.toString()),
                        Map.entry("gepubliceerdOp", op.toString()),
                        Map.entry("pdf", "/api/v1/openbare-maatregelen/" + id + "/pdf"));

        MaatregelpublicatieIngetrokken ingetrokken = new MaatregelpublicatieIngetrokken(id, "H-1", aanbieder, op);
        assertThat(List.copyOf(typen.maatregelpublicatieIngetrokken()
                        .gegevens()
                        .apply(ingetrokken)
                        .entrySet()))
                .containsExactly(
                        Map.entry("maatregel", id.toString()),
                        Map.entry("referentie", "H-1"),
                        Map.entry("zorgaanbieder", aanbieder.toString()),
                        Map.entry("ingetrokkenOp", op.toString()));
        assertThat(typen.maatregelpublicatieIngetrokken().zorgaanbieder().apply(ingetrokken))
                .contains(new ZorgaanbiederId(aanbieder));
        assertThat(typen.maatregelpublicatieIngetrokken().voor())
                .containsExactlyInAnyOrder(Partnersoort.LANDELIJK, Partnersoort.ZORGAANBIEDER);
    }
}
