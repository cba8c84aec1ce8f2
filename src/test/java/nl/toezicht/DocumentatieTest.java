package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The documentation that describes the code's structure is checked against the code, so it cannot drift: the
 * module canvases and diagrams in {@code docs/modules/}, the module table of {@code docs/architecture.md} (which
 * modules there are, which each depends on) and the table of {@code docs/events.md} (who publishes, who listens).
 * The tables are read leniently: the prose in their cells is free; only the module names and event names are
 * compared.
 */
class DocumentatieTest {

    private static final ApplicationModules MODULES = ArchitectureTest.MODULES;
    private static final Path GEGENEREERD = Path.of("target", "spring-modulith-docs");
    private static final Path MODULEDOCS = Path.of("docs", "modules");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static Set<String> modules() {
        return MODULES.stream().map(DocumentatieTest::naam).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String naam(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    /** The rows of the first Markdown table in {@code bestand} whose header starts with {@code kop}. */
    private static List<List<String>> tabel(Path bestand, String kop) throws IOException {
        List<List<String>> rijen = new ArrayList<>();
        boolean binnen = false;
        for (String regel : Files.readAllLines(bestand)) {
            if (!binnen) {
                binnen = regel.startsWith("| " + kop);
                continue;
            }
            if (!regel.startsWith("|")) {
                break;
            }
            if (regel.startsWith("|---") || regel.startsWith("| ---")) {
                continue;
            }
            String[] cellen = regel.substring(1, regel.lastIndexOf('|')).split("\\|", -1);
            rijen.add(Arrays.stream(cellen).map(String::strip).toList());
        }
        assertThat(rijen).as("a table with header '%s' in %s", kop, bestand).isNotEmpty();
        return rijen;
    }

    private static List<String> inCode(String cel) {
        List<String> namen = new ArrayList<>();
        Matcher m = CODE.matcher(cel);
        while (m.find()) {
            namen.add(m.group(1));
        }
        return namen;
    }

    /** The module names among the words of a cell, in order ("kern, logboek (for ...)" gives kern, logboek). */
    private static Set<String> modulesIn(String cel) {
        Set<String> bekend = modules();
        return Arrays.stream(cel.split("[^a-z]+"))
                .filter(bekend::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void moduleCanvasesAndDiagramsInDocsAreTheGeneratedOnes() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GEGENEREERD.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Set<String> gegenereerd = bestanden(GEGENEREERD);
        List<String> verschillen = new ArrayList<>();
        for (String bestand : gegenereerd) {
            Path inDocs = MODULEDOCS.resolve(bestand);
            if (!Files.exists(inDocs)) {
                verschillen.add(bestand + " is missing");
            } else if (!inhoud(GEGENEREERD.resolve(bestand)).equals(inhoud(inDocs))) {
                verschillen.add(bestand + " differs");
            }
        }
        bestanden(MODULEDOCS).stream()
                .filter(b -> !gegenereerd.contains(b))
                .forEach(b -> verschillen.add(b + " describes no module"));
        assertThat(verschillen)
                .as(
                        "docs/modules/ must be what the code generates: copy %s/* to docs/modules/ (and remove what "
                                + "describes no module)",
                        GEGENEREERD)
                .isEmpty();
    }

    private static Set<String> bestanden(Path map) throws IOException {
        try (Stream<Path> inhoud = Files.list(map)) {
            return inhoud.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".adoc") || n.endsWith(".puml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The Documenter lists components, relations and listeners in no fixed order (it varies between runs):
     * compare the files as sorted lists of lines.
     */
    private static List<String> inhoud(Path bestand) throws IOException {
        // the documenter lists a module's listeners in no fixed order, and marks the first of a cell with "|"
        return Files.readAllLines(bestand).stream()
                .map(String::stripTrailing)
                .map(regel -> regel.startsWith("|* ") ? regel.substring(1) : regel)
                .sorted()
                .toList();
    }

    @Test
    void theModuleTableOfTheArchitectureNamesEveryModuleAndWhatItDependsOn() throws IOException {
        Map<String, Set<String>> beschreven = new TreeMap<>();
        for (List<String> rij : tabel(Path.of("docs", "architecture.md"), "module | owns")) {
            List<String> naam = inCode(rij.get(0));
            assertThat(naam).as("a module name in code quotes: %s", rij.get(0)).hasSize(1);
            beschreven.put(naam.get(0), modulesIn(rij.get(rij.size() - 1)));
        }
        Map<String, Set<String>> inCode = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            inCode.put(
                    naam(module),
                    module.getDirectDependencies(MODULES)
                            .uniqueModules()
                            .map(DocumentatieTest::naam)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(beschreven)
                .as("docs/architecture.md, module table: the modules and their 'depends on' column")
                .isEqualTo(inCode);
    }

    @Test
    void theEventTableNamesEveryEventItsPublisherAndItsListeners() throws IOException {
        Map<String, String> uitgever = new TreeMap<>();
        Map<String, Set<String>> luisteraars = new TreeMap<>();
        for (List<String> rij : tabel(Path.of("docs", "events.md"), "event |")) {
            String gebeurtenis = inCode(rij.get(0)).get(0);
            uitgever.put(gebeurtenis, rij.get(1).strip().split("[^a-z]+", 2)[0]);
            String cel = rij.get(rij.size() - 1);
            luisteraars.put(
                    gebeurtenis,
                    cel.startsWith("none")
                            ? Set.of()
                            : Arrays.stream(cel.split(";"))
                                    .map(deel -> deel.strip().split("[^a-z]+", 2)[0])
                                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, String> uitgeverInCode = new TreeMap<>();
        Map<String, Set<String>> luisteraarsInCode = new TreeMap<>();
        gepubliceerd().forEach((gebeurtenis, module) -> {
            uitgeverInCode.put(kort(gebeurtenis.getName()), module);
            luisteraarsInCode.put(kort(gebeurtenis.getName()), new TreeSet<>());
        });
        for (ApplicationModule module : MODULES) {
            module.getEventsListenedTo(MODULES).stream()
                    .map(t -> kort(t.getName()))
                    .filter(luisteraarsInCode::containsKey)
                    .forEach(e -> luisteraarsInCode.get(e).add(naam(module)));
        }
        // Spring Modulith counts only listeners in other modules; a module's own listener (zaken's clocks on
        // ZakenInBulkGeladen) is named in the docs but not compared
        luisteraars.replaceAll((gebeurtenis, wie) -> wie.stream()
                .filter(module -> !module.equals(uitgever.get(gebeurtenis)))
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(uitgever)
                .as("docs/events.md: the events and who publishes them")
                .isEqualTo(uitgeverInCode);
        assertThat(luisteraars).as("docs/events.md: who listens to each event").isEqualTo(luisteraarsInCode);
    }

    /**
     * The events the modules publish, with the module that publishes each: the public records of a module's top
     * package that a method constructs and hands to {@code ApplicationEventPublisher.publishEvent} (Spring
     * Modulith finds published events only when they are marked as such; ours are plain records), except what a
     * public method returns.
     */
    private static Map<JavaClass, String> gepubliceerd() {
        Map<JavaClass, String> gebeurtenissen = new TreeMap<>(Comparator.comparing(JavaClass::getName));
        // what a public method hands back to its caller (a receipt, a state) is an answer, not an announcement
        Set<JavaClass> antwoorden = ArchitectureTest.CLASSES.stream()
                .flatMap(k -> k.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .map(m -> m.getRawReturnType())
                .collect(Collectors.toSet());
        for (JavaClass klasse : ArchitectureTest.CLASSES) {
            for (JavaCodeUnit methode : klasse.getCodeUnits()) {
                boolean publiceert = Stream.concat(
                                methode.getMethodCallsFromSelf().stream(),
                                methode.getMethodReferencesFromSelf().stream())
                        .anyMatch(aanroep -> aanroep.getTarget().getName().equals("publishEvent")
                                && aanroep.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class));
                if (!publiceert) {
                    continue;
                }
                // and what the methods it asks for the event construct: its own (a query that makes the event),
                // or a template method's hook in subclasses
                Set<String> haken = methode.getMethodCallsFromSelf().stream()
                        .filter(aanroep -> aanroep.getTargetOwner().equals(klasse))
                        .map(aanroep -> aanroep.getTarget().getName())
                        .collect(Collectors.toSet());
                Stream.concat(
                                Stream.of(methode),
                                Stream.concat(Stream.of(klasse), klasse.getAllSubclasses().stream())
                                        .flatMap(sub -> sub.getMethods().stream())
                                        .filter(m -> haken.contains(m.getName())))
                        .flatMap(m -> m.getConstructorCallsFromSelf().stream())
                        .map(aanroep -> aanroep.getTargetOwner())
                        .filter(JavaClass::isRecord)
                        .filter(t -> t.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(t -> !antwoorden.contains(t))
                        .forEach(t -> MODULES.getModuleByType(t.getName())
                                .filter(m -> m.getBasePackage().getName().equals(t.getPackageName()))
                                .ifPresent(m -> gebeurtenissen.put(t, naam(m))));
            }
        }
        return gebeurtenissen;
    }

    /** {@code nl.toezicht.zaken.ZaakGeopend} as the table names it: {@code zaken.ZaakGeopend}. */
    private static String kort(String klasse) {
        return klasse.substring("nl.toezicht.".length());
    }
}
