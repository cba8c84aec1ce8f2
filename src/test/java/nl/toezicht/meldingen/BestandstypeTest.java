package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Bestandstype;
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

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedBeforeItIsAllUnpacked() throws IOException {
        byte[] bom = Meldingfixtures.eenZipBomAlsWordDocument(256);
        assertThat(bom.length)
                .as("a quarter of a gigabyte of zeros packs small")
                .isLessThan(1024 * 1024);

        long begin = System.nanoTime();
        assertThatThrownBy(() -> herken(bom)).isInstanceOf(Bestandstype.TeVeelUitgepakt.class);
        assertThat((System.nanoTime() - begin) / 1_000_000)
                .as("stops at the bound instead of unpacking 256 MB")
                .isLessThan(5_000);
    }

    @Test
    void aWordDocumentOfTooManyPartsIsRefused() throws IOException {
        assertThatThrownBy(() -> herken(Meldingfixtures.eenWordDocumentVanVeleDelen(Bestandstype.MAX_DELEN)))
                .isInstanceOf(Bestandstype.TeVeelUitgepakt.class);
        assertThat(herken(Meldingfixtures.eenWordDocumentVanVeleDelen(100))).contains(Bestandstype.DOCX);
    }

    @Test
    void anOrdinaryWordDocumentThatPacksWellIsAccepted() throws IOException {
        // text compresses about tenfold: 1 MB of text in a document of a few hundred kB is ordinary
        StringBuilder tekst = new StringBuilder();
        java.util.Random random = new java.util.Random(11);
        while (tekst.length() < 1_000_000) {
            tekst.append("woord").append(random.nextInt(5000)).append(' ');
        }
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put("word/document.xml", "<w:document xmlns:w=\"x\"><w:body>" + tekst + "</w:body></w:document>");
        assertThat(herken(Meldingfixtures.zip(delen))).contains(Bestandstype.DOCX);
    }

    private static Optional<String> herken(byte[] inhoud) throws IOException {
        return Bestandstype.herken(new ByteArrayInputStream(inhoud), inhoud.length);
    }
}
