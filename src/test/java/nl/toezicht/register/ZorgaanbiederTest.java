package nl.toezicht.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import org.junit.jupiter.api.Test;

class ZorgaanbiederTest {

    static final Instant NU = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-03T09:00:00Z");

    static LocatieGegevens locatie(String adres, String postcode) {
        return new LocatieGegevens(null, null, adres, postcode, "Utrecht", "Utrecht");
    }

    static ZorgaanbiederGegevens zorggroep(List<LocatieGegevens> locaties) {
        return new ZorgaanbiederGegevens("  Zorggroep Noord ", "12345678", "", Set.of(Zorgsector.GGZ), locaties);
    }

    static Zorgaanbieder eenZorggroepMetEenLocatie() {
        return Zorgaanbieder.registreer(zorggroep(List.of(locatie("Laan 1", "3511 ab"))), NU);
    }

    static Weigering weigering(Runnable actie) {
        try {
            actie.run();
        } catch (Weigering w) {
            return w;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aRegisteredProviderHoldsNormalisedData() {
        Zorgaanbieder z = eenZorggroepMetEenLocatie();

        assertThat(z.naam()).isEqualTo("Zorggroep Noord");
        assertThat(z.kvkNummer().waarde()).isEqualTo("12345678");
        assertThat(z.agbCode()).isNull();
        assertThat(z.sectoren()).containsExactly(Zorgsector.GGZ);
        assertThat(z.locaties()).singleElement().satisfies(l -> {
            assertThat(l.postcode().waarde()).isEqualTo("3511AB");
            assertThat(l.id()).isNotNull();
        });
        assertThat(z.aangemaaktOp()).isEqualTo(NU);
    }

    @Test
    void refusesAProviderWithoutSectorsLocationsOrName() {
        assertThat(weigering(() -> Zorgaanbieder.registreer(
                                new ZorgaanbiederGegevens(
                                        "X", "12345678", null, Set.of(), List.of(locatie("Laan 1", "3511AB"))),
                                NU))
                        .veld())
                .isEqualTo("sectoren");
        assertThat(weigering(() -> Zorgaanbieder.registreer(zorggroep(List.of()), NU))
                        .veld())
                .isEqualTo("locaties");
        assertThat(weigering(() -> Zorgaanbieder.registreer(
                                new ZorgaanbiederGegevens(
                                        " ",
                                        "12345678",
                                        null,
                                        Set.of(Zorgsector.GGZ),
                                        List.of(locatie("Laan 1", "3511AB"))),
                                NU))
                        .veld())
                .isEqualTo("naam");
        assertThat(weigering(() -> Zorgaanbieder.registreer(
                                new ZorgaanbiederGegevens(
                                        "X",
                                        "12345678",
                                        "123",
                                        Set.of(Zorgsector.GGZ),
                                        List.of(locatie("Laan 1", "3511AB"))),
                                NU))
                        .veld())
                .isEqualTo("agbCode");
    }

    @Test
    void namesTheLocationFieldThatIsWrong() {
        Weigering w = weigering(() -> Zorgaanbieder.registreer(
                zorggroep(List.of(locatie("Laan 1", "3511AB"), locatie("Laan 2", "0511AB"))), NU));

        assertThat(w.veld()).isEqualTo("locaties[1].postcode");
    }

    @Test
    void maintenanceKeepsTheIdOfAnExistingLocation() {
        Zorgaanbieder z = eenZorggroepMetEenLocatie();
        LocatieId id = z.locaties().get(0).id();

        z.wijzig(
                zorggroep(List.of(
                        new LocatieGegevens(id, "Hoofdlocatie", "Laan 1a", "3511AB", "Utrecht", "Utrecht"),
                        locatie("Markt 3", "3811CA"))),
                LATER);

        assertThat(z.locaties()).hasSize(2);
        assertThat(z.locaties().get(0).id()).isEqualTo(id);
        assertThat(z.locaties().get(0).adres()).isEqualTo("Laan 1a");
        assertThat(z.locaties().get(1).id()).isNotEqualTo(id);
        assertThat(z.gewijzigdOp()).isEqualTo(LATER);
    }

    @Test
    void maintenanceRefusesDroppingALocationOrNamingAForeignOne() {
        Zorgaanbieder z = eenZorggroepMetEenLocatie();

        assertThat(weigering(() -> z.wijzig(zorggroep(List.of(locatie("Markt 3", "3811CA"))), LATER))
                        .berichtSleutel())
                .isEqualTo("zorgaanbieder.locatie.verwijderen");
        assertThat(weigering(() -> z.wijzig(
                                zorggroep(List.of(new LocatieGegevens(
                                        LocatieId.nieuw(), null, "Laan 1", "3511AB", "Utrecht", "Utrecht"))),
                                LATER))
                        .veld())
                .isEqualTo("locaties[0].id");
    }

    @Test
    void anImportAddsOnlyLocationsItDoesNotRecogniseByPostcodeAndAddress() {
        Zorgaanbieder z = eenZorggroepMetEenLocatie();

        int toegevoegd = z.werkBijUitImport(
                new ZorgaanbiederGegevens(
                        "Zorggroep Noord-West",
                        "12345678",
                        "87654321",
                        Set.of(Zorgsector.GGZ, Zorgsector.JEUGD),
                        List.of(locatie(" laan  1 ", "3511ab"), locatie("Markt 3", "3811CA"))),
                LATER);

        assertThat(toegevoegd).isEqualTo(1);
        assertThat(z.locaties()).extracting(Locatie::adres).containsExactly("Laan 1", "Markt 3");
        assertThat(z.naam()).isEqualTo("Zorggroep Noord-West");
        assertThat(z.agbCode()).isEqualTo("87654321");
        assertThat(z.sectoren()).containsExactlyInAnyOrder(Zorgsector.GGZ, Zorgsector.JEUGD);
    }

    @Test
    void aSearchOfEightDigitsIsASearchByKvkNumber() {
        ZoekVraag vraag = new ZoekVraag(" 12345678 ", null, null, 0, 500);

        assertThat(vraag.kvk()).isEqualTo("12345678");
        assertThat(vraag.zoek()).isNull();
        assertThat(vraag.pagina()).isEqualTo(1);
        assertThat(vraag.grootte()).isEqualTo(ZoekVraag.MAX_GROOTTE);
        assertThat(new ZoekVraag("Zorggroep  ALMERE", null, null, 1, 20).zoek()).isEqualTo("zorggroep almere");
    }
}
