package nl.toezicht.kern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * XHTML rendered to PDF with the project's one font (Liberation Sans, regular, bold and italic) embedded, so that
 * letters, inspection reports and the figures chapter look the same on every machine and can be archived. Shared by
 * the modules that print (documenten, cijfers).
 */
public final class Pdfdruk {

    /** The font family name the style sheets use. */
    public static final String LETTERTYPE = "Liberation Sans";

    private static final String MAP = "/brieven/lettertype/";

    private Pdfdruk() {}

    /**
     * The page as PDF.
     *
     * @param basis where relative addresses in the page (images, style sheets) are resolved, or null for none
     */
    public static byte[] pdf(String xhtml, @Nullable String basis) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            lettertype(bouwer, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
            lettertype(bouwer, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
            lettertype(bouwer, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
            bouwer.withHtmlContent(xhtml, basis);
            bouwer.toStream(uit);
            bouwer.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void lettertype(PdfRendererBuilder bouwer, String bestand, int gewicht, FontStyle stijl) {
        bouwer.useFont(
                () -> {
                    InputStream in = Pdfdruk.class.getResourceAsStream(MAP + bestand);
                    if (in == null) {
                        throw new IllegalStateException("font missing: " + bestand);
                    }
                    return in;
                },
                LETTERTYPE,
                gewicht,
                stijl,
                true);
    }
}
