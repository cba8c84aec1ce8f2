package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import org.junit.jupiter.api.Test;

class MeldingTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);

    @Test
    void aNewNotificationIsReceivedAndKeepsWhatTheReporterGave() {
        Melding melding = ontvang(eenCalamiteit(true, true, false, null, LocalDate.of(2026, 3, 1)));

        assertThat(melding.status()).isEqualTo(Meldingstatus.ONTVANGEN);
        assertThat(melding.referentie()).isEqualTo("M-2026-000001");
        assertThat(melding.patientOverleden()).isTrue();
        assertThat(melding.doorSuicide()).isTrue();
        assertThat(melding.themas()).containsExactly("COVID-19");
        assertThat(melding.zorgaanbieder()).isNull();
    }

    @Test
    void refusesSuicideWhenThePatientDidNotDie() {
        assertThatThrownBy(() -> ontvang(eenCalamiteit(false, true, false, null, VANDAAG)))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo("doorSuicide");
                });
    }

    @Test
    void refusesAKindOfSexualMisconductWithoutSexualMisconductAndTheOtherWayRound() {
        assertThatThrownBy(() -> ontvang(eenCalamiteit(false, false, false, SggSoort.OVERIG, VANDAAG)))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("sggSoort"));
        assertThatThrownBy(() -> ontvang(eenCalamiteit(false, false, true, null, VANDAAG)))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("sggSoort"));
        assertThat(ontvang(eenCalamiteit(false, false, true, SggSoort.TUSSEN_CLIENTEN, VANDAAG))
                        .sggSoort())
                .isEqualTo(SggSoort.TUSSEN_CLIENTEN);
    }

    @Test
    void refusesDatesInTheFuture() {
        assertThatThrownBy(() -> ontvang(eenCalamiteit(false, false, false, null, VANDAAG.plusDays(1))))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("datumGebeurtenis"));
        assertThat(ontvang(eenCalamiteit(false, false, false, null, VANDAAG)).datumGebeurtenis())
                .isEqualTo(VANDAAG);
    }

    @Test
    void refusesALocationWithoutItsProvider() {
        Meldinggegevens g = new Meldinggegevens(
                Bron.BURGER,
                Kanaal.API,
                Meldingsoort.OVERIG,
                Zorgsector.GGZ,
                null,
                LocatieId.nieuw(),
                null,
                null,
                null,
                null,
                "tekst",
                false,
                false,
                false,
                false,
                false,
                null,
                List.of(),
                null,
                null);
        assertThatThrownBy(() -> ontvang(g))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("locatieId"));
    }

    @Test
    void blankContactDetailsCountAsNotGiven() {
        Meldinggegevens g = new Meldinggegevens(
                Bron.BURGER,
                Kanaal.WEBFORMULIER,
                Meldingsoort.OVERIG,
                Zorgsector.GGZ,
                null,
                null,
                "  ",
                null,
                null,
                null,
                "tekst",
                false,
                false,
                false,
                false,
                false,
                null,
                List.of(),
                new Melder(" ", "", null),
                new Patient("", null));
        Melding melding = ontvang(g);
        assertThat(melding.melder()).isNull();
        assertThat(melding.patient()).isNull();
        assertThat(melding.zorgaanbiederOmschrijving()).isNull();
    }

    @Test
    void refusesABsnThatFailsTheElevenProofOnItsField() {
        Meldinggegevens fout =
                metPatient(eenCalamiteit(false, false, false, null, VANDAAG), new Patient("A. Aap", null, "111222334"));
        assertThatThrownBy(() -> ontvang(fout)).isInstanceOfSatisfying(Weigering.class, w -> {
            assertThat(w.veld()).isEqualTo("patient.bsn");
            assertThat(w.berichtSleutel()).isEqualTo("melding.patient.bsn.ongeldig");
        });
    }

    @Test
    void acceptsABsnAsPeopleWriteItAndKeepsOnlyTheDigits() {
        Melding melding = ontvang(metPatient(
                eenCalamiteit(false, false, false, null, VANDAAG), new Patient(null, null, " 1112.22.333 ")));
        assertThat(melding.patient()).isNotNull();
        assertThat(melding.patient().bsnVersleuteld()).isEqualTo("111222333");
    }

    private static Meldinggegevens metPatient(Meldinggegevens g, Patient patient) {
        return new Meldinggegevens(
                g.bron(),
                g.kanaal(),
                g.soort(),
                g.sector(),
                g.zorgaanbieder(),
                g.locatie(),
                g.zorgaanbiederOmschrijving(),
                g.melderKvkNummer(),
                g.datumGebeurtenis(),
                g.datumVastgesteld(),
                g.omschrijving(),
                g.patientOverleden(),
                g.doorSuicide(),
                g.suicidepoging(),
                g.geslotenJeugdinstelling(),
                g.seksueelGrensoverschrijdend(),
                g.sggSoort(),
                g.themas(),
                g.melder(),
                patient);
    }

    @Test
    void intakeLinksAProviderAndMayCorrectIt() {
        Melding melding = ontvang(eenCalamiteit(false, false, false, null, VANDAAG));
        ZorgaanbiederId eerste = ZorgaanbiederId.nieuw();
        ZorgaanbiederId juiste = ZorgaanbiederId.nieuw();
        LocatieId locatie = LocatieId.nieuw();

        melding.koppel(eerste, null);
        melding.koppel(juiste, locatie);

        assertThat(melding.zorgaanbieder()).isEqualTo(juiste);
        assertThat(melding.locatie()).isEqualTo(locatie);
    }

    @Test
    void theStatusMovesOnButNeverBackToReceived() {
        Melding melding = ontvang(eenCalamiteit(false, false, false, null, VANDAAG));
        melding.werkStatusBij(Meldingstatus.IN_BEHANDELING);
        melding.werkStatusBij(Meldingstatus.IN_BEHANDELING);
        melding.werkStatusBij(Meldingstatus.AFGEHANDELD);
        assertThat(melding.status()).isEqualTo(Meldingstatus.AFGEHANDELD);
        assertThatThrownBy(() -> melding.werkStatusBij(Meldingstatus.ONTVANGEN)).isInstanceOf(Weigering.class);
    }

    @Test
    void aFileNameLosesItsPathAndControlCharacters() {
        assertThat(MeldingIntake.bestandsnaam("..\\..\\windows\\system32\\evil.pdf"))
                .isEqualTo("evil.pdf");
        assertThat(MeldingIntake.bestandsnaam("/etc/passwd")).isEqualTo("passwd");
        assertThat(MeldingIntake.bestandsnaam("rapport\"\r\n.pdf")).isEqualTo("rapport___.pdf");
        assertThat(MeldingIntake.bestandsnaam("..")).isEqualTo("bijlage");
        assertThat(MeldingIntake.bestandsnaam("brief van zoë.docx")).isEqualTo("brief van zoë.docx");
    }

    private static Melding ontvang(Meldinggegevens g) {
        return Melding.ontvang(
                MeldingId.nieuw(),
                "M-2026-000001",
                g,
                MeldingTest::alsVersleuteld,
                "hash",
                Instant.parse("2026-03-10T09:00:00Z"),
                VANDAAG);
    }

    /** Stands in for the encryption (tested with the real keys in the integration tests). */
    private static VersleuteldePatient alsVersleuteld(Patient p) {
        return new VersleuteldePatient(
                p.bsn(),
                p.naam(),
                p.geboortedatum() == null ? null : p.geboortedatum().toString(),
                "p");
    }

    private static Meldinggegevens eenCalamiteit(
            boolean overleden, boolean suicide, boolean sgg, SggSoort sggSoort, LocalDate datum) {
        return new Meldinggegevens(
                Bron.ZORGAANBIEDER,
                Kanaal.WEBFORMULIER,
                Meldingsoort.CALAMITEIT,
                Zorgsector.GGZ,
                null,
                null,
                "Kliniek Oost",
                "12345678",
                datum,
                null,
                "Cliënt overleden",
                overleden,
                suicide,
                false,
                false,
                sgg,
                sggSoort,
                List.of("COVID-19"),
                new Melder("Karin", "karin@example.nl", null),
                null);
    }
}
