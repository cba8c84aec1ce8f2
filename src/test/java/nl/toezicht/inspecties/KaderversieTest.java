package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.inspecties.Kaderinhoud.Thema;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Framework versions: a published one never changes, a new one is a copy, and the difference of two. */
class KaderversieTest {

    static final Instant OP = Instant.parse("2026-12-01T09:00:00Z");

    static Kaderinhoud inhoud() {
        return new Kaderinhoud(
                "Testkader",
                Kaderinhoud.VIER_STAPPEN,
                List.of(
                        new Thema(
                                "1",
                                "Veiligheid",
                                List.of(
                                        new Norm("1.1", "Risico's", "De risico's zijn bekend.", List.of("profiel")),
                                        new Norm("1.2", "Melden", "Incidenten worden gemeld.", List.of()))),
                        new Thema(
                                "2",
                                "Deskundigheid",
                                List.of(new Norm("2.1", "Scholing", "Er is scholing.", List.of())))));
    }

    static Kaderversie concept() {
        return Kaderversie.concept(UUID.randomUUID(), "test-kader", 1, "Testkader", null, inhoud(), "beheerder", OP);
    }

    @Test
    void aDraftChangesAndAPublishedVersionRefusesEveryChange() {
        Kaderversie versie = concept();
        versie.zetNorm("1", new Norm("1.3", "Nieuw", "Een nieuwe norm.", List.of()));
        assertThat(versie.inhoud().aantalNormen()).isEqualTo(4);

        versie.publiceer("beheerder", OP);
        assertThat(versie.isGepubliceerd()).isTrue();
        Kaderinhoud gepubliceerd = versie.inhoud();

        assertThatThrownBy(() -> versie.zetNorm("1", new Norm("1.1", "Anders", "Andere tekst.", List.of())))
                .isInstanceOf(Weigering.class)
                .extracting(e -> ((Weigering) e).berichtSleutel())
                .isEqualTo("kader.gepubliceerd.onveranderlijk");
        assertThatThrownBy(() -> versie.verwijderNorm("1.2")).isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> versie.voegThemaToe("3", "Nieuw", new Norm("3.1", "x", "y", List.of())))
                .isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> versie.vervang("Anders", null, inhoud())).isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> versie.publiceer("beheerder", OP)).isInstanceOf(Weigering.class);
        assertThat(versie.inhoud()).isEqualTo(gepubliceerd);
    }

    @Test
    void aNewVersionIsADraftCopyOfAPublishedOne() {
        Kaderversie eerste = concept();
        assertThatThrownBy(() -> eerste.volgendeVersie(2, "beheerder", OP))
                .extracting(e -> ((Weigering) e).berichtSleutel())
                .isEqualTo("kader.nieuwe-versie.van-concept");
        eerste.publiceer("beheerder", OP);
        Kaderversie tweede = eerste.volgendeVersie(2, "beheerder", OP);
        assertThat(tweede.versie()).isEqualTo(2);
        assertThat(tweede.status()).isEqualTo(Kaderstatus.CONCEPT);
        assertThat(tweede.inhoud()).isEqualTo(eerste.inhoud());
        assertThat(tweede.id()).isNotEqualTo(eerste.id());
        assertThat(tweede.kaderId()).isEqualTo(eerste.kaderId());
        tweede.verwijderNorm("1.2");
        assertThat(eerste.inhoud().normen()).containsKey("1.2");
    }

    @Test
    void theDifferenceOfTwoVersionsListsAddedRemovedAndChangedNorms() {
        Kaderversie eerste = concept();
        eerste.publiceer("beheerder", OP);
        Kaderversie tweede = eerste.volgendeVersie(2, "beheerder", OP);
        tweede.verwijderNorm("1.2");
        tweede.zetNorm("1", new Norm("1.1", "Risico's", "De risico's zijn bekend en besproken.", List.of("profiel")));
        tweede.zetNorm("2", new Norm("2.2", "Inwerken", "Nieuwe medewerkers worden ingewerkt.", List.of()));

        Kaderverschil verschil = Kaderverschil.tussen(eerste.inhoud(), tweede.inhoud());

        assertThat(verschil.toegevoegd()).extracting(Norm::code).containsExactly("2.2");
        assertThat(verschil.verwijderd()).extracting(Norm::code).containsExactly("1.2");
        assertThat(verschil.gewijzigd()).singleElement().satisfies(w -> {
            assertThat(w.nieuw().code()).isEqualTo("1.1");
            assertThat(w.velden()).containsExactly("tekst");
        });
        assertThat(verschil.schaalGewijzigd()).isFalse();
        assertThat(Kaderverschil.tussen(eerste.inhoud(), eerste.inhoud()).isLeeg())
                .isTrue();
    }

    @Test
    void aNormCodeIsUniqueInTheFrameworkAndAThemeKeepsOneNorm() {
        Kaderversie versie = concept();
        assertThatThrownBy(() -> versie.zetNorm("2", new Norm("1.1", "Dubbel", "Tekst.", List.of())))
                .extracting(e -> ((Weigering) e).veld(), e -> ((Weigering) e).berichtSleutel())
                .containsExactly("code", "kader.norm.code-dubbel");
        assertThatThrownBy(() -> versie.verwijderNorm("2.1"))
                .extracting(e -> ((Weigering) e).berichtSleutel())
                .isEqualTo("kader.norm.laatste-van-thema");
        assertThatThrownBy(() -> versie.zetNorm("1", new Norm("1.9", "", "Tekst.", List.of())))
                .extracting(e -> ((Weigering) e).veld())
                .isEqualTo("titel");
    }

    @Test
    void theDemoFrameworksAreValidDocumentsAndSurviveARoundTrip() throws IOException {
        Resource[] bestanden = new PathMatchingResourcePatternResolver().getResources(Demokaders.PATROON);
        assertThat(bestanden).hasSizeGreaterThanOrEqualTo(2);
        for (Resource bestand : bestanden) {
            Kaderdocument.Gelezen gelezen = Kaderdocument.lees(bestand.getContentAsString(StandardCharsets.UTF_8));
            assertThat(gelezen.inhoud().schaal()).isEqualTo(Kaderinhoud.VIER_STAPPEN);
            Kaderversie versie = Kaderversie.concept(
                    UUID.randomUUID(), gelezen.code(), 1, gelezen.naam(), gelezen.sector(), gelezen.inhoud(), "t", OP);
            Kaderdocument.Gelezen terug = Kaderdocument.lees(Kaderdocument.schrijf(versie));
            assertThat(terug).isEqualTo(gelezen);
        }
    }
}
