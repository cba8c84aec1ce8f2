package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules own their tables also at the SQL level (decision 0030): the SQL a module holds (string literals
 * in its Java sources, its Flyway migrations) names another module's schema only for what that decision
 * record allows, and what it allows are views in the owner's schema. Test code writes no other module's
 * tables: its fixtures use the owner's API or the owner's test data. Modulith's {@code verify()} sees Java
 * types only; this sees the SQL.
 *
 * <p>A migration belongs to the module its file name starts with ({@code V46__meldingen_...sql}), else to
 * the schema it creates or first changes. Moving a table into a module ({@code alter table x.t set schema
 * m}) is that module's migration.
 */
class SqlEigendomTest {

    private static final Path HOOFD = Path.of("src/main/java/nl/toezicht");
    private static final Path TESTS = Path.of("src/test/java/nl/toezicht");
    private static final Path MIGRATIES = Path.of("src/main/resources/db/migration");
    private static final Path BESLUIT = Path.of("docs/decisions/0030-leescontracten-en-bulkschrijvers.md");
    /**
     * Allow-list rows: a module reading views of others; a migration that landed before the decision; a
     * migration that moves an object of another module into its own (with what it takes along).
     */
    private static final String LEEST = "leest";

    private static final String GELAND = "geland";

    private static final String VERHUIST = "verhuist";

    /** Test code in the root package tests the whole application: it owns no table. */
    private static final String APPLICATIE = "(applicatie)";

    private static final List<String> MODULES = ArchitectureTest.MODULES.stream()
            .map(m -> m.getIdentifier().toString())
            .sorted()
            .toList();

    private static final Pattern OBJECT = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unique\\s+)?(table|view|materialized\\s+view|sequence|function|type)"
                    + "\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");

    /** Where an object is named: a file and, for the report, the line. */
    record Vindplaats(String bestand, int regel) {
        @Override
        public String toString() {
            return bestand + ":" + regel;
        }
    }

    /** A module (or migration) naming an object of another schema. */
    record Toegang(String lezer, String object, Vindplaats waar) {}

    // ------------------------------------------------------------------ the rules

    @Test
    void modulesNameOtherModulesObjectsOnlyAsTheDecisionRecordAllows() {
        Map<String, Set<String>> toegestaan = new HashMap<>(toegestaan(LEEST));
        toegestaan.putAll(toegestaan(GELAND));
        toegestaan.putAll(toegestaan(VERHUIST));
        List<String> fout = new ArrayList<>();
        Set<String> gebruikt = new TreeSet<>();
        for (Toegang t : toegangen()) {
            String sleutel = t.lezer() + " " + t.object();
            if (toegestaan.getOrDefault(t.lezer(), Set.of()).contains(t.object())) {
                gebruikt.add(sleutel);
            } else {
                fout.add(t.lezer() + " names " + t.object() + " at " + t.waar());
            }
        }
        assertThat(fout)
                .as("SQL that reaches into another module's schema: use a read view or a bulk writer of the owner,"
                        + " or record the access in the allow-list of " + BESLUIT)
                .isEmpty();
        Set<String> ongebruikt = new TreeSet<>();
        toegestaan.forEach((lezer, objecten) -> objecten.forEach(o -> ongebruikt.add(lezer + " " + o)));
        ongebruikt.removeAll(gebruikt);
        assertThat(ongebruikt)
                .as("allowed in " + BESLUIT + " but no longer used: remove from the allow-list")
                .isEmpty();
    }

    @Test
    void whatOthersMayReadIsAViewInTheOwnersSchema() {
        Set<String> views = objecten().entrySet().stream()
                .filter(e -> e.getValue().equals("view"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, Set<String>> toegestaan = toegestaan(LEEST);
        assertThat(toegestaan).isNotEmpty();
        assertThat(toegestaan.keySet()).allSatisfy(lezer -> assertThat(MODULES).contains(lezer));
        toegestaan.forEach((lezer, objecten) -> assertThat(objecten)
                .as("what " + lezer + " may read of others")
                .allSatisfy(o -> assertThat(views).contains(o)));
    }

    @Test
    void theOnlyOtherExceptionsAreMigrationsLandedBeforeTheDecisionAndMoves() {
        // V1..V11 landed before decision 0030 and are never edited; later migrations keep to their schema
        assertThat(toegestaan(GELAND).keySet())
                .allSatisfy(migratie -> assertThat(isLandVoorBesluit(Path.of(migratie)))
                        .as(migratie)
                        .isTrue());
        // a move names the old home of what it moves, once; it is recorded in a decision of its own
        Map<String, Set<String>> verhuizingen = toegestaan(VERHUIST);
        assertThat(verhuizingen.keySet())
                .allSatisfy(migratie -> assertThat(isVerhuizing(MIGRATIES.resolve(migratie)))
                        .as(migratie + " moves an object into its module")
                        .isTrue());
    }

    @Test
    void testCodeWritesOnlyTheTablesOfItsOwnModule() {
        Pattern schrijven = Pattern.compile(
                "\\b(insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|copy|alter\\s+table|drop\\s+table"
                        + "|nextval\\s*\\(\\s*'|setval\\s*\\(\\s*')\\s*(" + String.join("|", MODULES)
                        + ")\\.([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        List<String> fout = new ArrayList<>();
        for (Path bestand : javaBestanden(TESTS)) {
            String eigenaar = module(TESTS, bestand);
            for (Letterlijk l : letterlijken(lees(bestand))) {
                Matcher m = schrijven.matcher(l.tekst());
                while (m.find()) {
                    if (!m.group(2).toLowerCase(Locale.ROOT).equals(eigenaar)) {
                        fout.add(eigenaar + " writes " + m.group(2) + "." + m.group(3) + " at "
                                + new Vindplaats(TESTS.relativize(bestand).toString(), l.regel()));
                    }
                }
            }
        }
        assertThat(fout)
                .as("test code writing another module's table: use the owner's API (a bulk writer) or its test"
                        + " data in the owner's test package")
                .isEmpty();
    }

    @Test
    void theScannerSeesSqlInStringsAndTextBlocksButNotInComments() {
        String bron = """
                class X {
                    // select * from zaken.zaak in a comment
                    /* from meldingen.melding */
                    String a = "select id from zaken.zaak where x = '\\"'";
                    String b = \"""
                            select 1
                            from meldingen.melding_telgegevens m
                            \""";
                    char c = '"';
                    String d = "zaken.zaak.niet-gevonden";
                }
                """;
        List<Letterlijk> letterlijken = letterlijken(bron);
        assertThat(letterlijken).extracting(Letterlijk::regel).containsExactly(4, 5, 10);
        Map<String, String> bekend =
                Map.of("zaken.zaak", "table", "meldingen.melding", "table", "meldingen.melding_telgegevens", "view");
        assertThat(letterlijken.stream()
                        .flatMap(l -> namen(l.tekst(), bekend).stream())
                        .toList())
                .containsExactly("zaken.zaak", "meldingen.melding_telgegevens");
    }

    // ------------------------------------------------------------------ what the sources name

    private static List<Toegang> toegangen() {
        Map<String, String> bekend = objecten();
        List<Toegang> toegangen = new ArrayList<>();
        for (Path bestand : javaBestanden(HOOFD)) {
            String eigenaar = module(HOOFD, bestand);
            for (Letterlijk l : letterlijken(lees(bestand))) {
                for (String naam : namen(l.tekst(), bekend)) {
                    if (!schema(naam).equals(eigenaar)) {
                        toegangen.add(new Toegang(
                                eigenaar,
                                naam,
                                new Vindplaats(HOOFD.relativize(bestand).toString(), l.regel())));
                    }
                }
            }
        }
        for (Path migratie : migraties()) {
            String sql = zonderCommentaar(lees(migratie));
            String eigenaar = module(migratie, sql);
            String lezer = eigenaar;
            if (isLandVoorBesluit(migratie) || isVerhuizing(migratie)) {
                lezer = migratie.getFileName().toString();
            }
            // moving a table into the module is that module's own business
            String zonderVerhuizing = verhuizingNaar(eigenaar).matcher(sql).replaceAll("");
            Matcher m = Pattern.compile("(?<![\\w.])(" + String.join("|", MODULES) + ")\\.([a-z_][a-z0-9_]*)")
                    .matcher(zonderVerhuizing);
            while (m.find()) {
                if (!m.group(1).equals(eigenaar)) {
                    toegangen.add(new Toegang(
                            lezer,
                            m.group(1) + "." + m.group(2),
                            new Vindplaats(migratie.getFileName().toString(), regel(zonderVerhuizing, m.start()))));
                }
            }
        }
        return toegangen;
    }

    /** A migration that moves an object of another schema into its own module ({@code ... set schema m}). */
    private static boolean isVerhuizing(Path migratie) {
        String sql = zonderCommentaar(lees(migratie));
        return verhuizingNaar(module(migratie, sql)).matcher(sql).find();
    }

    private static Pattern verhuizingNaar(String module) {
        return Pattern.compile(
                "(?i)alter\\s+(?:table|sequence|view|function)\\s+[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*(?:\\([^)]*\\))?"
                        + "\\s+set\\s+schema\\s+" + module + "\\b");
    }

    private static boolean isLandVoorBesluit(Path migratie) {
        return Integer.parseInt(migratie.getFileName().toString().replaceAll("^V(\\d+)(?:_\\d+)?__.*", "$1")) <= 11;
    }

    /** The modules' objects named in a Java string: {@code schema.name} of an object the migrations create. */
    private static List<String> namen(String tekst, Map<String, String> bekend) {
        List<String> namen = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w.])([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)(?![\\w.-])")
                .matcher(tekst.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String naam = m.group(1) + "." + m.group(2);
            if (bekend.containsKey(naam)) {
                namen.add(naam);
            }
        }
        return namen;
    }

    private static String schema(String naam) {
        return naam.substring(0, naam.indexOf('.'));
    }

    /** Every object the migrations create in a module's schema, with its kind (table, view, ...). */
    private static Map<String, String> objecten() {
        Map<String, String> objecten = new HashMap<>();
        for (Path migratie : migraties()) {
            Matcher m = OBJECT.matcher(zonderCommentaar(lees(migratie)).toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (MODULES.contains(m.group(2))) {
                    objecten.put(m.group(2) + "." + m.group(3), m.group(1).replaceAll("\\s+", " "));
                }
            }
        }
        return objecten;
    }

    /** The module of a migration: by its file name, else the schema it creates or first changes. */
    private static String module(Path migratie, String sql) {
        String naam = migratie.getFileName().toString().replaceAll("^V[\\d_]+__", "");
        for (String module : MODULES) {
            if (naam.equals(module + ".sql") || naam.startsWith(module + "_")) {
                return module;
            }
        }
        Matcher schema = Pattern.compile("(?i)\\bcreate\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)")
                .matcher(sql);
        if (schema.find()) {
            return schema.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher doel = Pattern.compile("(?i)\\b(?:table|view|sequence|function|index|trigger)\\s+"
                        + "(?:if\\s+(?:not\\s+)?exists\\s+)?(?:\\w+\\s+on\\s+)?([a-z_]+)\\.")
                .matcher(sql);
        if (doel.find()) {
            return doel.group(1).toLowerCase(Locale.ROOT);
        }
        return "kern";
    }

    /** The module of a source file: the package under {@code nl.toezicht}. */
    private static String module(Path basis, Path bestand) {
        Path relatief = basis.relativize(bestand);
        if (relatief.getNameCount() == 1) {
            return APPLICATIE;
        }
        return relatief.getName(0).toString();
    }

    /** Reader (module or landed migration) to the objects of others it may name, from the decision record. */
    private static Map<String, Set<String>> toegestaan(String soort) {
        String tekst = lees(BESLUIT);
        int begin = tekst.indexOf("<!-- toegestaan -->");
        int eind = tekst.indexOf("<!-- /toegestaan -->");
        assertThat(begin).as("the allow-list markers in " + BESLUIT).isNotNegative();
        Map<String, Set<String>> toegestaan = new HashMap<>();
        for (String regel : tekst.substring(begin, eind).split("\n")) {
            String[] kolommen = regel.split("\\|");
            if (kolommen.length < 4 || !kolommen[1].contains("`") || !kolommen[2].contains(soort)) {
                continue;
            }
            String lezer = kolommen[1].replace("`", "").strip();
            Matcher objecten = Pattern.compile("`([a-z_]+\\.[a-z_0-9]+)`").matcher(kolommen[3]);
            while (objecten.find()) {
                toegestaan.computeIfAbsent(lezer, l -> new LinkedHashSet<>()).add(objecten.group(1));
            }
        }
        return toegestaan;
    }

    // ------------------------------------------------------------------ reading Java and SQL

    /** A string literal (or text block) of a Java source, and the line it starts on. */
    record Letterlijk(String tekst, int regel) {}

    /** The string literals and text blocks of a Java source; comments and char literals skipped. */
    static List<Letterlijk> letterlijken(String bron) {
        List<Letterlijk> uit = new ArrayList<>();
        int i = 0;
        int regel = 1;
        int n = bron.length();
        while (i < n) {
            char c = bron.charAt(i);
            if (c == '\n') {
                regel++;
                i++;
            } else if (bron.startsWith("//", i)) {
                while (i < n && bron.charAt(i) != '\n') {
                    i++;
                }
            } else if (bron.startsWith("/*", i)) {
                int eind = bron.indexOf("*/", i + 2);
                eind = eind < 0 ? n : eind + 2;
                regel += telRegels(bron, i, eind);
                i = eind;
            } else if (bron.startsWith("\"\"\"", i)) {
                int start = i;
                int j = i + 3;
                StringBuilder tekst = new StringBuilder();
                while (j < n && !bron.startsWith("\"\"\"", j)) {
                    if (bron.charAt(j) == '\\' && j + 1 < n) {
                        tekst.append(bron.charAt(j + 1));
                        j += 2;
                    } else {
                        tekst.append(bron.charAt(j++));
                    }
                }
                uit.add(new Letterlijk(tekst.toString(), regel));
                i = Math.min(n, j + 3);
                regel += telRegels(bron, start, i);
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder tekst = new StringBuilder();
                while (j < n && bron.charAt(j) != '"' && bron.charAt(j) != '\n') {
                    if (bron.charAt(j) == '\\' && j + 1 < n) {
                        tekst.append(bron.charAt(j + 1));
                        j += 2;
                    } else {
                        tekst.append(bron.charAt(j++));
                    }
                }
                uit.add(new Letterlijk(tekst.toString(), regel));
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && bron.charAt(j) != '\'') {
                    j += bron.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return uit;
    }

    private static int telRegels(String tekst, int van, int tot) {
        int aantal = 0;
        for (int k = van; k < tot && k < tekst.length(); k++) {
            if (tekst.charAt(k) == '\n') {
                aantal++;
            }
        }
        return aantal;
    }

    private static int regel(String tekst, int positie) {
        return telRegels(tekst, 0, positie) + 1;
    }

    /** SQL without {@code --} line comments and block comments; line breaks kept (for line numbers). */
    private static String zonderCommentaar(String sql) {
        StringBuilder uit = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            if (sql.startsWith("--", i)) {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (sql.startsWith("/*", i)) {
                int eind = sql.indexOf("*/", i + 2);
                eind = eind < 0 ? sql.length() : eind + 2;
                for (int k = i; k < eind; k++) {
                    if (sql.charAt(k) == '\n') {
                        uit.append('\n');
                    }
                }
                i = eind;
            } else {
                uit.append(sql.charAt(i++));
            }
        }
        return uit.toString();
    }

    private static List<Path> javaBestanden(Path basis) {
        try (Stream<Path> paden = Files.walk(basis)) {
            return paden.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> migraties() {
        try (Stream<Path> paden = Files.list(MIGRATIES)) {
            return paden.filter(p -> p.getFileName().toString().matches("V[\\d_]+__.*\\.sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lees(Path pad) {
        try {
            return Files.readString(pad, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
