package nl.toezicht.cijfers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Downloads of a set of figures: CSV (one line per cell, so it reads back into any tool), XLSX (one sheet
 * per table, laid out like the report) and the PDF chapter. Only the published texts are written: an
 * export never carries unrounded counts. The same set gives the same bytes (no clock is read).
 */
@Component
public class Cijferexport {

    private final Tabellenregister register;

    Cijferexport(Tabellenregister register) {
        this.register = register;
    }

    /**
     * Semicolon-separated as Dutch spreadsheet programs expect; {@code #} lines say what the file is. The file
     * starts with a byte-order mark (so Excel reads UTF-8): skip it before reading with this format.
     */
    public static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setRecordSeparator("\r\n")
            .get();

    /**
     * The columns: {@code cijfer} is the published form ("2.870", "<5", "x", "n.b."), {@code getal} the same
     * number as a plain number (digits only; empty where no number is published), {@code status} what the
     * published form is ({@link #status}), {@code regelset} the table's versioned rule set.
     */
    public static final String[] CSV_KOPPEN = {
        "tabel", "titel", "rij", "kolom", "grootheid", "sector", "jaar", "cijfer", "getal", "status", "regelset"
    };

    /** The byte-order mark the CSV starts with. */
    public static final char BOM = '\uFEFF';

    /**
     * What a published cell is, in the CSV's {@code status} column: {@code afgerond}, {@code exact}, {@code nul},
     * {@code klein} (shown as {@code <5}), {@code onderdrukt} ({@code x}), {@code handmatig},
     * {@code niet-in-toezicht} ({@code n.b.}).
     */
    public static String status(Cel cel, @Nullable String regelset) {
        return switch (cel.markering()) {
            case GETAL ->
                Regelset.van(regelset).map(r -> r.regels().afronding() == 1).orElse(false) ? "exact" : "afgerond";
            case NUL -> "nul";
            case KLEIN -> "klein";
            case ONDERDRUKT -> "onderdrukt";
            case NIET_IN_TOEZICHT -> "niet-in-toezicht";
            case HANDMATIG -> "handmatig";
        };
    }

    public byte[] csv(Cijferset set, Optional<Vaststelling.Versie> versie) {
        Cijferset gepubliceerd = set.gepubliceerd();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (OutputStreamWriter schrijver = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(schrijver, CSV)) {
            schrijver.write(BOM);
            csv.printComment(kop(gepubliceerd, versie));
            for (String regels : gepubliceerd.tabellen().stream()
                    .map(Tabel::regels)
                    .distinct()
                    .toList()) {
                csv.printComment(regels);
            }
            csv.printRecord((Object[]) CSV_KOPPEN);
            for (Tabel tabel : gepubliceerd.tabellen()) {
                for (Rij rij : tabel.rijen()) {
                    for (int k = 0; k < rij.cellen().size(); k++) {
                        Cel cel = rij.cellen().get(k);
                        String kolom = tabel.kolomkoppen().get(k);
                        csv.printRecord(
                                tabel.id(),
                                tabel.titel(),
                                rij.label(),
                                kolom,
                                cel.grootheid(),
                                cel.sector(),
                                cel.jaar(),
                                cel.tekst(),
                                cel.gepubliceerdGetal() == null ? "" : cel.gepubliceerdGetal(),
                                status(cel, tabel.regelset()),
                                tabel.regelset() == null ? "" : tabel.regelset());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    static String kop(Cijferset set, Optional<Vaststelling.Versie> versie) {
        return "Cijfers " + set.periodeOmschrijving()
                + versie.map(v -> " · vastgesteld, versie " + v.versie() + " · checksum " + v.checksum())
                        .orElse(" · voorlopig")
                + " · peilmoment " + set.peilmoment() + " · regels versie " + set.regelsVersie();
    }

    public byte[] xlsx(Cijferset set, Optional<Vaststelling.Versie> versie) {
        Cijferset gepubliceerd = set.gepubliceerd();
        try (XSSFWorkbook boek = new XSSFWorkbook();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Calendar gemaakt = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            gemaakt.setTimeInMillis(set.peilmoment().toEpochMilli());
            boek.getProperties().getCoreProperties().setCreated(java.util.Optional.of(gemaakt.getTime()));
            boek.getProperties().getCoreProperties().setCreator("Toezicht");
            boek.getProperties().getCoreProperties().setTitle(kop(gepubliceerd, versie));
            Font vet = boek.createFont();
            vet.setBold(true);
            CellStyle kopstijl = boek.createCellStyle();
            kopstijl.setFont(vet);
            kopstijl.setWrapText(true);
            CellStyle getal = boek.createCellStyle();
            getal.setDataFormat(boek.createDataFormat().getFormat("#,##0"));
            getal.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            CellStyle tekst = boek.createCellStyle();
            tekst.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            for (Tabel tabel : gepubliceerd.tabellen()) {
                Sheet blad = boek.createSheet(bladnaam(tabel.id()));
                int r = 0;
                Cell titel = blad.createRow(r++).createCell(0);
                titel.setCellValue(tabel.titel() + " – " + gepubliceerd.periodeOmschrijving());
                titel.setCellStyle(kopstijl);
                Row kop = blad.createRow(r++);
                kop.createCell(0).setCellValue("");
                for (int k = 0; k < tabel.kolomkoppen().size(); k++) {
                    Cell c = kop.createCell(k + 1);
                    c.setCellValue(tabel.kolomkoppen().get(k));
                    c.setCellStyle(kopstijl);
                }
                for (Rij rij : tabel.rijen()) {
                    Row regel = blad.createRow(r++);
                    Cell label = regel.createCell(0);
                    label.setCellValue(rij.label());
                    if (rij.totaal()) {
                        label.setCellStyle(kopstijl);
                    }
                    for (int k = 0; k < rij.cellen().size(); k++) {
                        Cel cel = rij.cellen().get(k);
                        Cell c = regel.createCell(k + 1);
                        if (cel.heeftGetal()) {
                            c.setCellValue(cel.gepubliceerdGetal());
                            c.setCellStyle(getal);
                            if (cel.markering() == Cel.Markering.HANDMATIG) {
                                handmatig(blad, c);
                            }
                        } else {
                            c.setCellValue(cel.tekst());
                            c.setCellStyle(tekst);
                        }
                    }
                }
                r++;
                for (String voetnoot : tabel.voetnoten()) {
                    blad.createRow(r++).createCell(0).setCellValue(voetnoot);
                }
                blad.createRow(r++).createCell(0).setCellValue(tabel.regels());
                blad.createRow(r).createCell(0).setCellValue(kop(gepubliceerd, versie));
                blad.setColumnWidth(0, 40 * 256);
                for (int k = 0; k < tabel.kolomkoppen().size(); k++) {
                    blad.setColumnWidth(k + 1, 16 * 256);
                }
            }
            boek.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A manual figure stays a number; a cell comment marks it, the footnotes give its source. */
    private static void handmatig(Sheet blad, Cell cel) {
        var tekening = blad.createDrawingPatriarch();
        var anker = blad.getWorkbook().getCreationHelper().createClientAnchor();
        anker.setCol1(cel.getColumnIndex());
        anker.setCol2(cel.getColumnIndex() + 3);
        anker.setRow1(cel.getRowIndex());
        anker.setRow2(cel.getRowIndex() + 3);
        var opmerking = tekening.createCellComment(anker);
        opmerking.setString(blad.getWorkbook()
                .getCreationHelper()
                .createRichTextString(Handmatigcijfer.MARKERING + " handmatig cijfer: bron in de voetnoten"));
        opmerking.setAuthor("Toezicht");
        cel.setCellComment(opmerking);
    }

    /**
     * A sheet's name: the table's short title (a table that no definition names any more: its id, cut to
     * Excel's 31 characters).
     */
    public String bladnaam(String tabel) {
        return register.definities().stream()
                .filter(d -> d.id().equals(tabel))
                .map(Tabeldefinitie::kortetitel)
                .findFirst()
                .orElse(tabel.length() <= 31 ? tabel : tabel.substring(0, 31));
    }

    public byte[] pdf(Cijferset set, Optional<Vaststelling.Versie> versie) {
        return new Jaarverslaghoofdstuk(set.gepubliceerd(), versie).maak();
    }
}
