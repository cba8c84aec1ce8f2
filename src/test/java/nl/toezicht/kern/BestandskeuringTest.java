package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one inspection of every file that comes in: the refusals name the caller's field and words. */
class BestandskeuringTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    record Bestand(String bestandsnaam, byte[] inhoud, long grootte) implements Upload {
        Bestand(String naam, byte[] inhoud) {
            this(naam, inhoud, inhoud.length);
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(inhoud);
        }
    }

    @Test
    void acceptsAPdfByItsContentWithItsChecksum() {
        Bestandskeuring.Gekeurd gekeurd =
                Bestandskeuring.keur(new Bestand("brief.docx", PDF), "bestand", "document.bestand");
        assertThat(gekeurd.mediatype()).isEqualTo(Bestandstype.PDF);
        assertThat(gekeurd.sha256()).isEqualTo(Bestandskeuring.sha256(PDF)).hasSize(64);
    }

    @Test
    void refusesAnEmptyATooLargeAndAnUnknownFileOnTheCallersField() {
        assertThatThrownBy(() -> Bestandskeuring.keur(new Bestand("x.pdf", new byte[0]), "bestand", "document.bestand"))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo("bestand");
                    assertThat(w.berichtSleutel()).isEqualTo("document.bestand.leeg");
                });
        Bestand groot = new Bestand("groot.pdf", PDF, Bestandskeuring.MAX_GROOTTE + 1);
        assertThatThrownBy(() -> Bestandskeuring.keur(groot, "bijlagen[2]", "bijlage"))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo("bijlagen[2]");
                    assertThat(w.berichtSleutel()).isEqualTo("bijlage.te-groot");
                });
        Bestand html = new Bestand("rapport.pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Bestandskeuring.keur(html, "bestand", "document.bestand"))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.berichtSleutel()).isEqualTo("document.bestand.type"));
    }

    @Test
    void keepsOnlyAPlainFileName() {
        assertThat(Bestandskeuring.bestandsnaam("..\\..\\windows\\evil.pdf", "document"))
                .isEqualTo("evil.pdf");
        assertThat(Bestandskeuring.bestandsnaam("a/b/pass\"wd\r\n.pdf", "document"))
                .isEqualTo("pass_wd__.pdf");
        assertThat(Bestandskeuring.bestandsnaam("/", "document")).isEqualTo("document");
        assertThat(Bestandskeuring.bestandsnaam("x".repeat(300) + ".pdf", "document"))
                .hasSize(200)
                .endsWith(".pdf");
    }
}
