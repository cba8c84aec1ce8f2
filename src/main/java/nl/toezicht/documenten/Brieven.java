package nl.toezicht.documenten;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.toezicht.kern.Pdfdruk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one mechanism for letters and reports: a Thymeleaf template under {@code templates/brieven/} (XHTML,
 * on the letter paper of {@code brieven/briefpapier.html}) filled with the caller's data and the sender
 * ({@link Briefpapier}, as {@code afzender}), rendered to an A4
 * PDF with openhtmltopdf and the embedded Liberation Sans (shipped with its licence, so the PDF looks the
 * same everywhere and can be archived). The caller (the owner of the case, the inspection) decides what
 * goes in; this class knows no domain (decision 0062).
 */
@Service
@EnableConfigurationProperties(Briefpapier.class)
public class Brieven {

    private static final float VOORBEELD_DPI = 72;

    private final ITemplateEngine thymeleaf;
    private final Briefpapier afzender;

    Brieven(ITemplateEngine thymeleaf, Briefpapier afzender) {
        this.thymeleaf = thymeleaf;
        this.afzender = afzender;
    }

    /**
     * The template filled in, as XHTML.
     *
     * @param sjabloon the template's name under {@code templates/brieven/}, e.g. {@code zaak-sluitbrief}
     */
    public String html(String sjabloon, Map<String, Object> gegevens, Locale taal) {
        if (!sjabloon.matches("[a-z][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException("not a template name");
        }
        Map<String, Object> model = new HashMap<>(gegevens);
        model.put("afzender", afzender);
        return thymeleaf.process("brieven/" + sjabloon, new Context(taal, model));
    }

    /** The template filled in and rendered to PDF (A4, fonts embedded). */
    public byte[] pdf(String sjabloon, Map<String, Object> gegevens, Locale taal) {
        String html = html(sjabloon, gegevens, taal);
        return Pdfdruk.pdf(html, Brieven.class.getResource("/brieven/").toExternalForm());
    }

    /** Each page of a PDF as a PNG, for a preview on a page (what will be filed is what is shown). */
    public List<byte[]> paginas(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> paginas = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage beeld = renderer.renderImageWithDPI(i, VOORBEELD_DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(beeld, "png", png);
                paginas.add(png.toByteArray());
            }
            return paginas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
