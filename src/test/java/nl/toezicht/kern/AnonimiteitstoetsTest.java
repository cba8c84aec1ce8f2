package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toezicht.kern.Anonimiteitstoets.Soort;
import nl.toezicht.kern.Anonimiteitstoets.Vondst;
import org.junit.jupiter.api.Test;

/** The anonymisation check before publication: what it finds, and what it leaves alone. */
class AnonimiteitstoetsTest {

    private static List<Vondst> toets(String tekst, String... namen) {
        return Anonimiteitstoets.toets(List.of(tekst), List.of(namen));
    }

    @Test
    void findsACitizenServiceNumberThatPassesTheElevenProofAlsoWithDots() {
        assertThat(toets("De cliënt (BSN 111222333) kreeg geen plan."))
                .containsExactly(new Vondst(Soort.BSN, "*****2333"));
        assertThat(toets("Dossier 1112.22.333 is bekeken."))
                .extracting(Vondst::soort)
                .containsExactly(Soort.BSN);
        // nine digits that fail the 11-proof are no BSN (a case number, an amount)
        assertThat(toets("Kenmerk 123456789 en bedrag 111222334.")).isEmpty();
    }

    @Test
    void findsEmailAddressesAndDutchPhoneNumbers() {
        assertThat(toets("Mail j.jansen@zorg.example.nl of bel 06-12345678."))
                .containsExactly(
                        new Vondst(Soort.EMAIL, "j.jansen@zorg.example.nl"), new Vondst(Soort.TELEFOON, "06-12345678"));
        assertThat(toets("Bel +31 20 123 4567 of 030 1234567."))
                .extracting(Vondst::soort)
                .containsExactly(Soort.TELEFOON, Soort.TELEFOON);
        // a date, a year and a norm code are no phone number
        assertThat(toets("Op 05-12-2026 (2026) bleek norm 1.2 niet gehaald.")).isEmpty();
    }

    @Test
    void findsTheNameOfAPersonKnownInTheCaseWholeAndRegardlessOfCase() {
        assertThat(toets("Mevrouw  bert BEZORGD werd niet gehoord.", "Bert Bezorgd"))
                .containsExactly(new Vondst(Soort.NAAM, "Bert Bezorgd"));
        // part of another word is not the name
        assertThat(toets("Bert Bezorgdheid is geen naam hier.", "Bert Bezorgd")).isEmpty();
        assertThat(toets("Een tekst zonder namen.", "Bert Bezorgd", " ")).isEmpty();
    }

    @Test
    void holdsATextBackUntilNothingIsFoundOrSomeoneOverrodeItWithAReason() {
        List<Vondst> gevonden = List.of(new Vondst(Soort.EMAIL, "a@b.nl"));
        assertThat(Anonimiteitstoets.houdtTegen(gevonden, null)).isTrue();
        assertThat(Anonimiteitstoets.houdtTegen(gevonden, "het algemene adres van de zorgaanbieder"))
                .isFalse();
        assertThat(Anonimiteitstoets.houdtTegen(List.of(), null)).isFalse();
    }

    @Test
    void namesTheKindsFoundEachOnceNeverWhatWasFound() {
        List<Vondst> gevonden = List.of(
                new Vondst(Soort.TELEFOON, "06-12345678"),
                new Vondst(Soort.EMAIL, "a@b.nl"),
                new Vondst(Soort.TELEFOON, "030 1234567"));
        assertThat(Anonimiteitstoets.soorten(gevonden, s -> "soort " + s.name()))
                .isEqualTo("soort TELEFOON, soort EMAIL");
        assertThat(Anonimiteitstoets.soorten(List.of(), s -> "x")).isEmpty();
    }
}
