package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The role → rights table refuses to start on anything that does not match the modules' declarations. */
class RechtentabelTest {

    /** A module's declaration as a test writes it (module toegang, as its package says). */
    static final class Verklaring implements Toegangsverklaring {
        public static final Recht LEZEN = Recht.van("toegang.lezen");
        public static final Recht SCHRIJVEN = Recht.van("toegang.schrijven");
        static final Recht NIET_PUBLIEK = Recht.van("toegang.niet-publiek");
    }

    private static Rechtentabel tabel(String yaml, Toegangsverklaring... verklaringen) {
        return new Rechtentabel(Rechtentabel.lees(yaml), List.of(verklaringen), recht -> "omschrijving");
    }

    @Test
    void aDeclarationsRightsAreItsPublicStaticRightConstants() {
        assertThat(new Verklaring().rechten()).containsExactly(Verklaring.LEZEN, Verklaring.SCHRIJVEN);
    }

    @Test
    void grantsEachRightToTheRolesOfItsRow() {
        Rechtentabel tabel = tabel("toegang.lezen: [INTAKE, ANALIST]\ntoegang.schrijven: []\n", new Verklaring());

        assertThat(tabel.heeft(Rol.INTAKE, Verklaring.LEZEN)).isTrue();
        assertThat(tabel.heeft(Rol.JURIST, Verklaring.LEZEN)).isFalse();
        assertThat(tabel.rollenMet(Verklaring.SCHRIJVEN)).isEmpty();
        assertThat(tabel.rechten()).containsExactly(Verklaring.LEZEN, Verklaring.SCHRIJVEN);
        assertThat(tabel.rechtenVan(Rol.ANALIST)).containsExactly("toegang.lezen");
    }

    @Test
    void refusesARightInTheTableThatNoModuleDeclares() {
        assertThatThrownBy(() -> tabel(
                        "toegang.lezen: [INTAKE]\ntoegang.schrijven: []\ntoegang.verzonnen: [INTAKE]\n",
                        new Verklaring()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toegang.verzonnen staat in toegang/rechten.yaml maar geen module verklaart het");
    }

    @Test
    void refusesADeclaredRightMissingFromTheTable() {
        assertThatThrownBy(() -> tabel("toegang.lezen: [INTAKE]\n", new Verklaring()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toegang.schrijven")
                .hasMessageContaining("ontbreekt in toegang/rechten.yaml");
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> tabel("toegang.lezen: [INTAKE, PORTIER]\ntoegang.schrijven: []\n", new Verklaring()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onbekende rol PORTIER");
    }

    @Test
    void refusesADeclaredRightWithoutADutchDescription() {
        assertThatThrownBy(() -> new Rechtentabel(
                        Rechtentabel.lees("toegang.lezen: [INTAKE]\ntoegang.schrijven: []\n"),
                        List.of(new Verklaring()),
                        recht -> recht.equals(Verklaring.SCHRIJVEN) ? null : "Lezen"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recht.toegang.schrijven");
    }

    @Test
    void refusesARightNamedAfterAnotherModule() {
        Toegangsverklaring leent = new Toegangsverklaring() {
            @Override
            public List<Recht> rechten() {
                return List.of(Recht.van("zaken.inzien"));
            }
        };
        assertThatThrownBy(() -> tabel("zaken.inzien: [INTAKE]\n", leent))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zaken.inzien is verklaard in module toegang");
    }

    @Test
    void refusesTheSameRightDeclaredTwice() {
        assertThatThrownBy(() ->
                        tabel("toegang.lezen: [INTAKE]\ntoegang.schrijven: []\n", new Verklaring(), new Verklaring()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twee keer verklaard");
    }

    @Test
    void aRightsCodeIsModuleDotKebabCase() {
        assertThat(Recht.van("zaken.identiteit-zien").module()).isEqualTo("zaken");
        assertThat(Recht.van("zaken.inzien").omschrijvingssleutel()).isEqualTo("recht.zaken.inzien");
        assertThatThrownBy(() -> Recht.van("Zaken.Inzien")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recht.van("inzien")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationsTableReadsAsAMapOfRightToRoles() {
        Map<String, List<String>> tabel =
                Rechtentabel.lees(new org.springframework.core.io.ClassPathResource(Rechtentabel.BRON));
        assertThat(tabel).containsEntry("zaken.samenvoegen", List.of("INTAKE", "BEHEERDER"));
    }
}
