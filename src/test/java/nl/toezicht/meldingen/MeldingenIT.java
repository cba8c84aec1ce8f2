package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenCalamiteitVanEenZorgaanbieder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Intake as case handling uses it: summaries and the status the reporter sees. */
@IntegratieTest
class MeldingenIT {

    @LocalServerPort
    int port;

    @Autowired
    Meldingen meldingen;

    @Test
    void caseHandlingReadsSummariesAndMovesTheReportersStatusOn() {
        Multipart multipart = new Multipart()
                .json("melding", eenCalamiteitVanEenZorgaanbieder().tekst())
                .bestand("bijlagen", "onderzoek.pdf", "application/pdf", Meldingfixtures.eenPdf());
        Api.Antwoord ontvangen = Api.op(port).post("/api/v1/meldingen", multipart.contentType(), multipart.bytes());
        MeldingId id = new MeldingId(UUID.fromString(ontvangen.json().get("id").asString()));
        String statusPad = ontvangen.json().get("statusUrl").asString().replaceAll("^http://[^/]+", "");

        MeldingSamenvatting samenvatting = meldingen.vind(id).orElseThrow();
        assertThat(samenvatting.referentie())
                .isEqualTo(ontvangen.json().get("referentie").asString());
        assertThat(samenvatting.soort()).isEqualTo(Meldingsoort.CALAMITEIT);
        assertThat(samenvatting.sector()).isEqualTo(Zorgsector.GGZ);
        assertThat(samenvatting.bron()).isEqualTo("ZORGAANBIEDER");
        assertThat(samenvatting.patientOverleden()).isTrue();
        assertThat(samenvatting.bijlagen())
                .singleElement()
                .satisfies(b -> assertThat(b.bestandsnaam()).isEqualTo("onderzoek.pdf"));
        assertThat(meldingen.vind(List.of(id, new MeldingId(UUID.randomUUID()))))
                .extracting(MeldingSamenvatting::id)
                .containsExactly(id);
        assertThat(Api.op(port).get(statusPad).tekst()).contains("Ontvangen");

        meldingen.werkStatusBij(id, Meldingstatus.IN_BEHANDELING);

        assertThat(meldingen.vind(id).orElseThrow().status()).isEqualTo(Meldingstatus.IN_BEHANDELING);
        assertThat(Api.op(port).get(statusPad).tekst()).contains("In behandeling");
        // a case catching up after intake linked the notification does not set it back to merely received
        meldingen.werkStatusBij(id, Meldingstatus.ONTVANGEN);
        assertThat(meldingen.vind(id).orElseThrow().status()).isEqualTo(Meldingstatus.IN_BEHANDELING);
        assertThatThrownBy(() -> meldingen.werkStatusBij(new MeldingId(UUID.randomUUID()), Meldingstatus.AFGEHANDELD))
                .isInstanceOf(NietGevonden.class);
        assertThat(meldingen.vind(id).orElseThrow().bijlagen()).hasSize(1);
    }
}
