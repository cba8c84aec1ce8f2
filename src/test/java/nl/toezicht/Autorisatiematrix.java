package nl.toezicht;

import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.KADEREIGENAAR;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import nl.toezicht.toegang.Rol;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * THE authorisation matrix (issue 4, ASVS 8.1.1/8.2.1/8.2.2): one row per endpoint and page (HTTP method +
 * path pattern exactly as Spring maps it), saying for every role and for anonymous visitors, on an object of
 * their own and on someone else's, what must happen. {@link AutorisatiematrixIT} runs every cell against the
 * running application and fails on an endpoint without a row, so a new endpoint cannot ship without a rule.
 *
 * <p>Each module contributes the rows of its own endpoints from its own test package: a class implementing
 * {@link Bijdrage} (e.g. {@code nl.toezicht.zaken.ZakenDeuren}), found on the test class path; only the
 * platform's doors (error page, API description) are here. How to add a row: {@code deur("GET /pad/{id}",
 * Doel.ZAAK)} (the object kind fills the path variables with an own and an other object), then
 *
 * <ul>
 *   <li>{@code .openbaar()}: everyone, anonymous included;
 *   <li>{@code .mag(ROLLEN)}: these roles, on own and other objects;
 *   <li>{@code .eigen(ROLLEN)}: these roles on their own objects; another's does not exist for them (404);
 *   <li>{@code .status(ROL, code)}: this exact status for a role (e.g. a redirect);
 *   <li>{@code .body(...)} / {@code .formulier(...)}: what to send (valid, so that the access check and not
 *       the validation answers).
 * </ul>
 *
 * Roles not named get 403; anonymous visitors must log in (401 for the API, a redirect to the login page
 * for pages). Accounts per role: {@link #ACCOUNT}; "own" is a GGZ notification (and its case) reported
 * under the demo provider's KvK number, "other" one of the JEUGD department reported by another provider.
 */
public final class Autorisatiematrix {

    private Autorisatiematrix() {}

    /**
     * A module's rows: implemented by one class in the module's test package, with a no-argument
     * constructor. The matrix finds every implementation under {@code nl.toezicht}.
     */
    public interface Bijdrage {

        /** Adds the rows of this module's endpoints and pages. */
        void deuren(List<Deur> d);
    }

    /** The account that plays each role; {@code jurist.ggz} is made by the test (the demo jurist sees all). */
    static final Map<Rol, String> ACCOUNT = new EnumMap<>(Map.of(
            INTAKE, "intake",
            BEHEERDER, "beheerder",
            INSPECTEUR, "inspecteur.ggz",
            JURIST, "jurist.ggz",
            ANALIST, "analist",
            PRIVACYFUNCTIONARIS, "privacy",
            KADEREIGENAAR, "kadereigenaar",
            ZORGAANBIEDER, "zorgaanbieder"));

    /** The inspectorate's staff who read notifications and cases. */
    public static final Rol[] MEDEWERKERS = {INTAKE, BEHEERDER, INSPECTEUR, JURIST, ANALIST};

    public static final Rol[] IEDEREEN = Rol.values();

    /** Every row: the platform's and every module's. */
    static List<Deur> deuren() {
        List<Deur> d = new ArrayList<>();
        // framework doors: the error page and the OpenAPI description (no data)
        // (the error page asked for directly, without an error, answers 500 and shows nothing)
        d.add(deur("GET /error", Doel.GEEN).iedereen(500));
        d.add(deur("GET /v3/api-docs", Doel.GEEN).openbaar());
        d.add(deur("GET /v3/api-docs.yaml", Doel.GEEN).mag(IEDEREEN));
        for (Bijdrage bijdrage : bijdragen()) {
            bijdrage.deuren(d);
        }
        return d;
    }

    /** Every module's contribution on the class path, in the order of their class names. */
    static List<Bijdrage> bijdragen() {
        ClassPathScanningCandidateComponentProvider zoeker = new ClassPathScanningCandidateComponentProvider(false);
        zoeker.addIncludeFilter(new AssignableTypeFilter(Bijdrage.class));
        return zoeker.findCandidateComponents("nl.toezicht").stream()
                .map(BeanDefinition::getBeanClassName)
                .sorted()
                .map(naam -> {
                    try {
                        return (Bijdrage) ReflectionUtils.accessibleConstructor(
                                        ClassUtils.resolveClassName(naam, Autorisatiematrix.class.getClassLoader()))
                                .newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(naam + " needs a constructor without arguments", e);
                    }
                })
                .toList();
    }

    /** The objects a row's path variables and bodies are filled with, for one side (own or other). */
    public record Objecten(
            UUID melding,
            UUID bijlage,
            UUID zaak,
            String statusToken,
            UUID zorgaanbieder,
            UUID reserveMelding,
            UUID kaderversie,
            UUID activiteit,
            UUID document,
            UUID maatregel) {}

    /** A valid notification (a calamity in GGZ, with a patient) for the intake API. */
    public static String meldingJson() {
        return meldingJson("GGZ", "87654321");
    }

    static String meldingJson(String sector, String kvk) {
        return """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "%s", "kvkNummer": "%s",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Matrixtest: val tijdens nachtdienst.",
                 "patient": {"naam": "M. Matrix", "bsn": "111222333"}}
                """.formatted(sector, kvk);
    }

    /** A valid new care provider with a fresh KvK number, for the register API. */
    public static String zorgaanbiederJson() {
        String kvk = "8" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return """
                {"naam": "Matrixzorg %s", "kvkNummer": "%s", "sectoren": ["GGZ"],
                 "locaties": [{"naam": "Hoofdlocatie", "adres": "Stationsstraat 1", "postcode": "3511 AB",
                               "plaats": "Utrecht", "gemeente": "Utrecht"}]}
                """.formatted(kvk, kvk);
    }

    /** Which kind of object the path variables name. */
    public enum Doel {
        GEEN,
        MELDING,
        BIJLAGE,
        ZAAK,
        STATUSLINK,
        ZORGAANBIEDER,
        /** A draft version of an assessment framework (module inspecties; not of a department). */
        KADERVERSIE,
        /** A supervision activity of the department (module inspecties). */
        ACTIVITEIT,
        /** {@code {soort}} ZAAK and {@code {dossierId}} the case: the case's dossier (module documenten). */
        DOSSIER,
        /** {@code {id}} a document in the case's dossier, {@code {versie}} its first version. */
        DOCUMENT,
        /** {@code {id}} the case, {@code {soort}} its receipt letter. */
        ZAAKBRIEF,
        /** An enforcement measure of the department, in preparation (module handhaving). */
        MAATREGEL,
        /**
         * Fixed values: {@code {jaar}} 2025, {@code {versie}} 1, {@code {id}} an id nobody has, {@code
         * {gebruikersnaam}} an account nobody has.
         */
        VAST
    }

    /** What a cell expects: allowed, the login door, or an exact status. */
    public record Verwacht(int status) {
        static final Verwacht TOEGESTAAN = new Verwacht(0);
        static final Verwacht INLOGGEN = new Verwacht(-1);

        @Override
        public String toString() {
            return status == 0 ? "toegestaan" : status == -1 ? "inloggen" : String.valueOf(status);
        }
    }

    /** One row: an endpoint and its expectations. {@code null} as role stands for anonymous. */
    public static final class Deur {
        final String methode;
        final String pad;
        final Doel object;
        final Map<Rol, Verwacht> eigen = new EnumMap<>(Rol.class);
        final Map<Rol, Verwacht> ander = new EnumMap<>(Rol.class);
        Verwacht anoniem = Verwacht.INLOGGEN;
        Function<Objecten, String> body = o -> "{}";
        Function<Objecten, Map<String, String>> formulier = o -> Map.of();

        Deur(String methode, String pad, Doel object) {
            this.methode = methode;
            this.pad = pad;
            this.object = object;
            for (Rol rol : Rol.values()) {
                eigen.put(rol, new Verwacht(403));
                ander.put(rol, new Verwacht(403));
            }
        }

        String sleutel() {
            return methode + " " + pad;
        }

        boolean isApi() {
            return pad.startsWith("/api/");
        }

        public Deur openbaar() {
            anoniem = Verwacht.TOEGESTAAN;
            return mag(IEDEREEN);
        }

        /** This exact status for everyone, anonymous included. */
        public Deur iedereen(int status) {
            anoniem = new Verwacht(status);
            for (Rol rol : IEDEREEN) {
                status(rol, status);
            }
            return this;
        }

        public Deur mag(Rol... rollen) {
            for (Rol rol : rollen) {
                eigen.put(rol, Verwacht.TOEGESTAAN);
                ander.put(rol, Verwacht.TOEGESTAAN);
            }
            return this;
        }

        public Deur eigen(Rol... rollen) {
            for (Rol rol : rollen) {
                eigen.put(rol, Verwacht.TOEGESTAAN);
                ander.put(rol, new Verwacht(404));
            }
            return this;
        }

        public Deur status(Rol rol, int status) {
            eigen.put(rol, new Verwacht(status));
            ander.put(rol, new Verwacht(status));
            return this;
        }

        public Deur body(Function<Objecten, String> body) {
            this.body = body;
            return this;
        }

        public Deur formulier(Function<Objecten, Map<String, String>> formulier) {
            this.formulier = formulier;
            return this;
        }
    }

    public static Deur deur(String sleutel, Doel object) {
        int spatie = sleutel.indexOf(' ');
        return new Deur(sleutel.substring(0, spatie), sleutel.substring(spatie + 1), object);
    }

    static Map<String, Deur> perSleutel() {
        Map<String, Deur> perSleutel = new LinkedHashMap<>();
        for (Deur deur : deuren()) {
            if (perSleutel.put(deur.sleutel(), deur) != null) {
                throw new IllegalStateException("twee regels voor " + deur.sleutel());
            }
        }
        return perSleutel;
    }
}
