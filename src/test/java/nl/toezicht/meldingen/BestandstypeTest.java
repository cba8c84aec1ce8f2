package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BestandstypeTest {

    @Test
    void recognisesTheFourAcceptedTypesByTheirContent() throws IOException {
        assertThat(herken(Meldingfixtures.eenPdf())).contains(Bestandstype.PDF);
        assertThat(herken(Meldingfixtures.eenPng())).contains(Bestandstype.PNG);
        assertThat(herken(Meldingfixtures.eenJpeg())).contains(Bestandstype.JPEG);
        assertThat(herken(Meldingfixtures.eenWordDocument())).contains(Bestandstype.DOCX);
    }

    @Test
    void refusesExecutablesHtmlAndZipsThatAreNoWordDocument() throws IOException {
        assertThat(herken(Meldingfixtures.eenProgramma())).isEmpty();
        assertThat(herken(Meldingfixtures.eenHtmlPagina())).isEmpty();
        assertThat(herken(Meldingfixtures.eenZipZonderWord())).isEmpty();
        assertThat(herken("gewone tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(herken(new byte[] {1, 2, 3})).isEmpty();
    }

    private static Optional<String> herken(byte[] inhoud) throws IOException {
        return Bestandstype.herken(new ByteArrayInputStream(inhoud));
    }
}
