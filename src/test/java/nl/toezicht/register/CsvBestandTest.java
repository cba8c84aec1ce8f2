package nl.toezicht.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;

class CsvBestandTest {

    static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCommaSeparatedRowsWithABomQuotedFieldsAndSectorNames() {
        String csv = "\uFEFFKVK_NUMMER,Naam,Sectoren,Adres,Postcode,Plaats,Gemeente\r\n"
                + "12345678,\"Zorg, en meer\",Verzorging en Verpleging|ggz,\"Laan 1\",1234 ab,Ede,Ede\r\n";

        List<CsvBestand.Rij> rijen = CsvBestand.lees(utf8(csv));

        assertThat(rijen).singleElement().satisfies(r -> {
            assertThat(r.regel()).isEqualTo(2);
            assertThat(r.zorgaanbieder().naam()).isEqualTo("Zorg, en meer");
            assertThat(r.zorgaanbieder().sectoren())
                    .containsExactlyInAnyOrder(Zorgsector.VERZORGING_EN_VERPLEGING, Zorgsector.GGZ);
            assertThat(r.locatie().postcode()).isEqualTo("1234 ab");
        });
    }

    @Test
    void lineNumbersAreThoseOfTheEditorAlsoAfterEmptyLinesAndMultiLineFields() {
        String csv = "kvk_nummer;naam;sectoren;adres;postcode;plaats;gemeente\n"
                + "\n"
                + "12345678;\"Zorg\nmet regelovergang\";GGZ;Laan 1;1234AB;Ede;Ede\n"
                + "12345679;Zorg;GGZ;Laan 1;0234AB;Ede;Ede\n";

        ImportGeweigerd e = catchThrowableOfType(ImportGeweigerd.class, () -> CsvBestand.lees(utf8(csv)));

        assertThat(e.fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(5);
            assertThat(f.kolom()).isEqualTo("postcode");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedNotThrown() {
        String csv = "kvk_nummer;naam;sectoren;adres;postcode;plaats;gemeente\n"
                + "12345678;\"Zorg;GGZ;Laan 1;1234AB;Ede;Ede\n";

        ImportGeweigerd e = catchThrowableOfType(ImportGeweigerd.class, () -> CsvBestand.lees(utf8(csv)));

        assertThat(e.fouten())
                .singleElement()
                .satisfies(f -> assertThat(f.berichtSleutel()).isEqualTo("register.import.regel.onleesbaar"));
    }

    @Test
    void binaryContentIsRefusedWhateverItsName() {
        byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
        Weigering w = catchThrowableOfType(Weigering.class, () -> CsvBestand.lees(pdf));
        assertThat(w.veld()).isEqualTo("bestand");
    }
}
