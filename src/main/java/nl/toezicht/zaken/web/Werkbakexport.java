package nl.toezicht.zaken.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.toezicht.kern.Tijdzone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The work queue's current view as a file: CSV and XLSX with the writers and choices of the figures' export
 * ({@code cijfers.Cijferexport}: commons-csv, semicolon-separated with CRLF as Dutch spreadsheet programs expect,
 * Apache POI for XLSX). The CSV starts with a byte-order mark so Excel reads it as UTF-8; the number column is a
 * number in both. Headers and values in the user's language (Dutch first).
 */
@Component
class Werkbakexport {

    static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private static final List<String> KOPPEN = List.of(
            "werkbak.referentie",
            "werkbak.soort",
            "werkbak.sector",
            "werkbak.export.afdeling",
            "werkbak.zorgaanbieder",
            "werkbak.status",
            "werkbak.termijn",
            "werkbak.export.dagen",
            "werkbak.export.te-laat",
            "werkbak.inspecteur",
            "werkbak.export.ontvangen");

    private final MessageSource berichten;

    Werkbakexport(MessageSource berichten) {
        this.berichten = berichten;
    }

    byte[] csv(List<WerkbakViewController.Rij> rijen, LocalDate vandaag, Locale taal) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (Writer schrijver = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(schrijver, CSV)) {
            schrijver.write('\uFEFF');
            csv.printRecord(koppen(taal));
            for (WerkbakViewController.Rij rij : rijen) {
                csv.printRecord(waarden(rij, vandaag, taal));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    byte[] xlsx(List<WerkbakViewController.Rij> rijen, LocalDate vandaag, Locale taal) {
        try (XSSFWorkbook boek = new XSSFWorkbook();
                ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            boek.getProperties().getCoreProperties().setCreator("Toezicht");
            Font vet = boek.createFont();
            vet.setBold(true);
            CellStyle kopstijl = boek.createCellStyle();
            kopstijl.setFont(vet);
            CellStyle getal = boek.createCellStyle();
            getal.setDataFormat(boek.createDataFormat().getFormat("0"));
            Sheet blad = boek.createSheet(berichten.getMessage("werkbak.titel", null, taal));
            Row kop = blad.createRow(0);
            List<String> koppen = koppen(taal);
            for (int k = 0; k < koppen.size(); k++) {
                Cell c = kop.createCell(k);
                c.setCellValue(koppen.get(k));
                c.setCellStyle(kopstijl);
            }
            int r = 1;
            for (WerkbakViewController.Rij rij : rijen) {
                Row regel = blad.createRow(r++);
                List<@Nullable Object> waarden = waarden(rij, vandaag, taal);
                for (int k = 0; k < waarden.size(); k++) {
                    Object waarde = waarden.get(k);
                    Cell c = regel.createCell(k);
                    if (waarde instanceof Long l) {
                        c.setCellValue(l);
                        c.setCellStyle(getal);
                    } else if (waarde != null) {
                        c.setCellValue(waarde.toString());
                    }
                }
            }
            blad.createFreezePane(0, 1);
            for (int k = 0; k < koppen.size(); k++) {
                blad.setColumnWidth(k, (k == 4 ? 36 : 18) * 256);
            }
            boek.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> koppen(Locale taal) {
        return KOPPEN.stream().map(k -> berichten.getMessage(k, null, taal)).toList();
    }

    private List<@Nullable Object> waarden(WerkbakViewController.Rij rij, LocalDate vandaag, Locale taal) {
        var r = rij.regel();
        Object[] waarden = {
            r.referentie(),
            tekst("zaken.soort." + r.soort(), taal),
            tekst(r.sector().berichtSleutel(), taal),
            tekst(r.afdeling().berichtSleutel(), taal),
            rij.zorgaanbieder(),
            tekst(r.status().berichtSleutel(), taal),
            r.termijnDatum() == null ? null : DATUM.format(r.termijnDatum()),
            // a number, not text: days until the deadline, negative when past
            r.termijnDatum() == null ? null : ChronoUnit.DAYS.between(vandaag, r.termijnDatum()),
            tekst(r.teLaat() ? "werkbak.export.ja" : "werkbak.export.nee", taal),
            rij.inspecteur(),
            TIJDSTIP.format(r.ontvangenOp().atZone(Tijdzone.NEDERLAND))
        };
        return java.util.Arrays.asList(waarden);
    }

    private String tekst(String sleutel, Locale taal) {
        return berichten.getMessage(sleutel, null, sleutel, taal);
    }
}
