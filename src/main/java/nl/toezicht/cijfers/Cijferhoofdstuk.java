package nl.toezicht.cijfers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF chapter "Cijfers", laid out like the annual report: per table a title, a header row, the sector
 * rows and the total row with numbers aligned right, then the footnotes and the rules. A4 landscape.
 */
final class Cijferhoofdstuk {

    private static final PDType1Font GEWOON = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font VET = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDRectangle BLAD = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGE = 40;
    private static final float LABELBREEDTE = 200;
    private static final float REGEL = 11;

    private final Cijferset set;
    private final Optional<Vaststelling.Versie> versie;
    private PDDocument document;
    private PDPageContentStream pen;
    private float y;

    Cijferhoofdstuk(Cijferset set, Optional<Vaststelling.Versie> versie) {
        this.set = set;
        this.versie = versie;
    }

    byte[] maak() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            document = doc;
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Cijfers " + set.periodeOmschrijving());
            info.setCreator("Toezicht");
            Calendar moment = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            moment.setTimeInMillis(set.peilmoment().toEpochMilli());
            info.setCreationDate(moment);
            info.setModificationDate(moment);
            nieuweBladzijde();
            tekst(VET, 18, MARGE, "Cijfers " + set.periodeOmschrijving());
            y -= 8;
            for (String regel : breek(Cijferexport.kop(set, versie), GEWOON, 8, BLAD.getWidth() - 2 * MARGE)) {
                tekst(GEWOON, 8, MARGE, regel);
            }
            y -= 10;
            for (Tabel tabel : set.tabellen()) {
                tabel(tabel);
            }
            pen.close();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tabel(Tabel tabel) throws IOException {
        float breedte = BLAD.getWidth() - 2 * MARGE;
        int kolommen = tabel.kolomkoppen().size();
        float kolombreedte = (breedte - LABELBREEDTE) / Math.max(1, kolommen);
        List<List<String>> koppen = new ArrayList<>();
        int kopregels = 1;
        for (String kop : tabel.kolomkoppen()) {
            List<String> regels = breek(kop, VET, 7, kolombreedte - 4);
            koppen.add(regels);
            kopregels = Math.max(kopregels, regels.size());
        }
        float nodig = 30 + kopregels * 9 + (tabel.rijen().size() + 1) * REGEL;
        if (y - nodig < MARGE) {
            nieuweBladzijde();
        }
        tekst(VET, 11, MARGE, tabel.titel() + " – " + set.periodeOmschrijving());
        y -= 4;
        float kopY = y;
        for (int k = 0; k < kolommen; k++) {
            float x = MARGE + LABELBREEDTE + k * kolombreedte;
            float regelY = kopY;
            for (String regel : koppen.get(k)) {
                rechts(VET, 7, x + kolombreedte - 2, regelY, regel);
                regelY -= 9;
            }
        }
        y = kopY - kopregels * 9;
        lijn(y + 6);
        for (Rij rij : tabel.rijen()) {
            if (y - REGEL < MARGE) {
                nieuweBladzijde();
            }
            if (rij.totaal()) {
                lijn(y + 8);
            }
            PDType1Font font = rij.totaal() ? VET : GEWOON;
            schrijf(font, 8, MARGE, y, rij.label());
            for (int k = 0; k < rij.cellen().size(); k++) {
                float x = MARGE + LABELBREEDTE + (k + 1) * kolombreedte - 2;
                Cel cel = rij.cellen().get(k);
                rechts(
                        font,
                        8,
                        x,
                        y,
                        cel.markering() == Cel.Markering.HANDMATIG
                                ? cel.tekst() + " " + Handmatigcijfer.MARKERING
                                : cel.tekst());
            }
            y -= REGEL;
        }
        y -= 2;
        List<String> onder = new ArrayList<>(tabel.voetnoten());
        onder.add(tabel.regels());
        for (String noot : onder) {
            for (String regel : breek(noot, GEWOON, 7, breedte)) {
                if (y - 9 < MARGE) {
                    nieuweBladzijde();
                }
                schrijf(GEWOON, 7, MARGE, y, regel);
                y -= 9;
            }
        }
        y -= 16;
    }

    private void nieuweBladzijde() throws IOException {
        if (pen != null) {
            pen.close();
        }
        PDPage blad = new PDPage(BLAD);
        document.addPage(blad);
        pen = new PDPageContentStream(document, blad);
        y = BLAD.getHeight() - MARGE;
    }

    private void tekst(PDType1Font font, float grootte, float x, String tekst) throws IOException {
        schrijf(font, grootte, x, y, tekst);
        y -= grootte + 4;
    }

    private void schrijf(PDType1Font font, float grootte, float x, float regelY, String tekst) throws IOException {
        pen.beginText();
        pen.setFont(font, grootte);
        pen.newLineAtOffset(x, regelY);
        pen.showText(veilig(tekst));
        pen.endText();
    }

    private void rechts(PDType1Font font, float grootte, float rechterrand, float regelY, String tekst)
            throws IOException {
        float w = font.getStringWidth(veilig(tekst)) / 1000 * grootte;
        schrijf(font, grootte, rechterrand - w, regelY, tekst);
    }

    private void lijn(float regelY) throws IOException {
        pen.setLineWidth(0.5f);
        pen.moveTo(MARGE, regelY);
        pen.lineTo(BLAD.getWidth() - MARGE, regelY);
        pen.stroke();
    }

    /** Words on lines that fit the width. */
    static List<String> breek(String tekst, PDType1Font font, float grootte, float breedte) throws IOException {
        List<String> regels = new ArrayList<>();
        StringBuilder regel = new StringBuilder();
        for (String woord : veilig(tekst).split(" ")) {
            String proef = regel.isEmpty() ? woord : regel + " " + woord;
            if (!regel.isEmpty() && font.getStringWidth(proef) / 1000 * grootte > breedte) {
                regels.add(regel.toString());
                regel = new StringBuilder(woord);
            } else {
                regel = new StringBuilder(proef);
            }
        }
        if (!regel.isEmpty()) {
            regels.add(regel.toString());
        }
        return regels;
    }

    /** The standard fonts encode WinAnsi: replace what it lacks. */
    static String veilig(String tekst) {
        return tekst.replace('≤', '<').replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
