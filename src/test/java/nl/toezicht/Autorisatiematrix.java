package nl.toezicht;

import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.toezicht.toegang.Rol;

/**
 * THE authorisation matrix (issue 4, ASVS 8.1.1/8.2.1/8.2.2): one row per endpoint and page (HTTP method +
 * path pattern exactly as Spring maps it), saying for every role and for anonymous visitors, on an object of
 * their own and on someone else's, what must happen. {@link AutorisatiematrixIT} runs every cell against the
 * running application and fails on an endpoint without a row, so a new endpoint cannot ship without a rule.
 *
 * <p>How to add a row: {@code deur("GET /pad/{id}", Doel.ZAAK)} (the object kind fills the path
 * variables with an own and an other object), then
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
final class Autorisatiematrix {

    private Autorisatiematrix() {}

    /** The account that plays each role; {@code jurist.ggz} is made by the test (the demo jurist sees all). */
    static final Map<Rol, String> ACCOUNT = new EnumMap<>(Map.of(
            INTAKE, "intake",
            BEHEERDER, "beheerder",
            INSPECTEUR, "inspecteur.ggz",
            JURIST, "jurist.ggz",
            ANALIST, "analist",
            PRIVACYFUNCTIONARIS, "privacy",
            ZORGAANBIEDER, "zorgaanbieder"));

    private static final Rol[] MEDEWERKERS = {INTAKE, BEHEERDER, INSPECTEUR, JURIST, ANALIST};
    private static final Rol[] IEDEREEN = Rol.values();

    static List<Deur> deuren() {
        List<Deur> d = new ArrayList<>();
        // public: the citizen's and provider's forms, the status link, login
        d.add(deur("GET /", Doel.GEEN).openbaar());
        d.add(deur("GET /melden", Doel.GEEN).openbaar());
        d.add(deur("GET /melden/burger", Doel.GEEN).openbaar());
        d.add(deur("POST /melden/burger", Doel.GEEN).openbaar().formulier(o -> Map.of("omschrijving", "")));
        d.add(deur("GET /melden/zorgaanbieder", Doel.GEEN).openbaar());
        d.add(deur("POST /melden/zorgaanbieder", Doel.GEEN).openbaar().formulier(o -> Map.of("omschrijving", "")));
        d.add(deur("GET /melden/ontvangen", Doel.GEEN).openbaar());
        d.add(deur("GET /status/{token}", Doel.STATUSLINK).openbaar());
        d.add(deur("GET /inloggen", Doel.GEEN).openbaar());
        d.add(deur("POST /api/v1/meldingen", Doel.GEEN).openbaar().body(o -> AutorisatiematrixIT.meldingJson()));

        // notifications (staff): need-to-know per department, analysts pseudonymised
        d.add(deur("GET /meldingen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/meldingen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /meldingen/{id}", Doel.MELDING)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/meldingen/{id}", Doel.MELDING)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        // attachments may show the patient: only roles that may see identities
        d.add(deur("GET /api/v1/meldingen/{id}/bijlagen/{bijlageId}", Doel.BIJLAGE)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /meldingen/{id}/zorgaanbieder", Doel.MELDING)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of("zorgaanbiederId", o.zorgaanbieder().toString())));
        d.add(deur("POST /api/v1/meldingen/{id}/zorgaanbieder", Doel.MELDING)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{\"zorgaanbiederId\":\"" + o.zorgaanbieder() + "\"}"));

        // the provider portal
        d.add(deur("GET /mijn-meldingen", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /api/v1/mijn-meldingen", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /mijn-meldingen/{id}", Doel.MELDING).eigen(ZORGAANBIEDER));
        d.add(deur("GET /api/v1/mijn-meldingen/{id}", Doel.MELDING).eigen(ZORGAANBIEDER));

        // cases: need-to-know per department; analysts read only; break-the-glass for inspectors and jurists
        d.add(deur("GET /werkbak", Doel.GEEN).mag(MEDEWERKERS).status(ZORGAANBIEDER, 302));
        d.add(deur("GET /werkbak/zoeken", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/zaken", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /zaken/{id}", Doel.ZAAK).mag(INTAKE, BEHEERDER, ANALIST).eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/zaken/{id}", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /zaken/{id}/statuswijzigingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("transitie", "START_TRIAGE")));
        d.add(deur("POST /api/v1/zaken/{id}/statuswijzigingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"transitie\":\"START_TRIAGE\"}"));
        d.add(deur("POST /zaken/{id}/inspecteur", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("inspecteur", "inspecteur.ggz")));
        d.add(deur("PUT /api/v1/zaken/{id}/inspecteur", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"inspecteur\":\"inspecteur.ggz\"}"));
        d.add(deur("POST /zaken/{id}/meldingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of("meldingId", o.reserveMelding().toString())));
        d.add(deur("POST /api/v1/zaken/{id}/meldingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{\"meldingId\":\"" + o.reserveMelding() + "\"}"));
        // for one's own department nothing is needed (a redirect to the case); elsewhere the glass breaks
        d.add(deur("POST /zaken/doorbreken", Doel.ZAAK)
                .mag(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("kenmerk", o.zaak().toString(), "reden", "Matrixtest: reden voor inzage")));

        // legal clocks (issue 10): "due this week" and the kinds of clock, for staff who search cases; the list
        // holds only departments the user may see
        d.add(deur("GET /termijnen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/termijnen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/termijnsoorten", Doel.GEEN).mag(MEDEWERKERS));

        // the register: public information, read by every account; maintained by intake and administrators
        d.add(deur("GET /zorgaanbieders", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /zorgaanbieders/{id}", Doel.ZORGAANBIEDER).mag(IEDEREEN));
        d.add(deur("GET /api/v1/zorgaanbieders", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /api/v1/zorgaanbieders/{id}", Doel.ZORGAANBIEDER).mag(IEDEREEN));
        d.add(deur("GET /zorgaanbieders/nieuw", Doel.GEEN).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/nieuw", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("GET /zorgaanbieders/{id}/wijzigen", Doel.ZORGAANBIEDER).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/{id}/wijzigen", Doel.ZORGAANBIEDER)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("GET /zorgaanbieders/import", Doel.GEEN).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/import", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("POST /api/v1/zorgaanbieders", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .body(o -> AutorisatiematrixIT.zorgaanbiederJson()));
        d.add(deur("PUT /api/v1/zorgaanbieders/{id}", Doel.ZORGAANBIEDER)
                .mag(INTAKE, BEHEERDER)
                .body(o -> AutorisatiematrixIT.zorgaanbiederJson()));
        d.add(deur("POST /api/v1/zorgaanbieders/import", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{}"));

        // authentication (issue 4): one's own account; the second-factor steps belong to a waiting login
        d.add(deur("GET /account", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /account/wachtwoord", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("POST /account/wachtwoord", Doel.GEEN).mag(IEDEREEN).formulier(o -> Map.of()));
        // the code step exists only while a password login waits for it: otherwise back to the login page
        d.add(deur("GET /inloggen/code", Doel.GEEN).iedereen(302));
        d.add(deur("POST /inloggen/code", Doel.GEEN).iedereen(302).formulier(o -> Map.of("code", "000000")));
        // setting up TOTP: a waiting login or a logged-in local account
        d.add(deur("GET /inloggen/tweede-factor", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("POST /inloggen/tweede-factor", Doel.GEEN).mag(IEDEREEN).formulier(o -> Map.of("code", "000000")));
        d.add(deur("GET /inloggen/tweede-factor/qr.png", Doel.GEEN).openbaar());
        d.add(deur("GET /beheer/api-sleutels", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /beheer/api-sleutels", Doel.GEEN).mag(BEHEERDER).formulier(o -> Map.of()));
        d.add(deur("POST /beheer/api-sleutels/{id}/intrekken", Doel.VAST).mag(BEHEERDER));

        // the privacy officer: the access log, break-the-glass review, chain check, right of access
        d.add(deur("GET /privacy", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/toegangslog", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/toegangslog", Doel.GEEN)
                .mag(PRIVACYFUNCTIONARIS)
                .formulier(o -> Map.of()));
        d.add(deur("GET /privacy/toegangslog/export.csv", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/doorbrekingen", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/keten", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/keten", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/inzage", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/inzage", Doel.GEEN).mag(PRIVACYFUNCTIONARIS).formulier(o -> Map.of()));
        d.add(deur("POST /privacy/inzage/export", Doel.GEEN)
                .mag(PRIVACYFUNCTIONARIS)
                .formulier(o -> Map.of("patient", "111222333")));

        // annual figures (issue 5): published figures are public; provisional ones for staff; unrounded and
        // drafting for analysts; approving for administrators
        d.add(deur("GET /cijfers", Doel.GEEN).openbaar());
        d.add(deur("GET /api/v1/statistieken/tabellen", Doel.GEEN).openbaar());
        // (no year is approved in the test database: the door is open to all and answers "not found";
        // CijfersIT and VaststellingIT read approved figures through these doors anonymously)
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}", Doel.VAST).iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.csv", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.xlsx", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.pdf", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/versies/{versie}/verschil", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/voorlopig", Doel.GEEN)
                .mag(MEDEWERKERS)
                .mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /api/v1/statistieken/vaststellingen/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}/{versie}/controle", Doel.VAST)
                .mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}/{versie}/vaststelling", Doel.VAST)
                .mag(BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/tellingen/verversing", Doel.GEEN).mag(ANALIST, BEHEERDER));

        // bulk import of the past (issue 6): administrators (an import run nobody made: not found)
        d.add(deur("GET /beheer/historie", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /beheer/historie", Doel.GEEN).mag(BEHEERDER).formulier(o -> Map.of()));
        d.add(deur("GET /beheer/historie/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /beheer/historie/{id}/voortgang", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /beheer/historie/{id}/afwijzingen", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/historie/importen/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/historie/importen/{id}/aansluiting.csv", Doel.VAST)
                .status(BEHEERDER, 404));

        // framework doors: the error page and the OpenAPI description (no data)
        // (the error page asked for directly, without an error, answers 500 and shows nothing)
        d.add(deur("GET /error", Doel.GEEN).iedereen(500));
        d.add(deur("GET /v3/api-docs", Doel.GEEN).openbaar());
        d.add(deur("GET /v3/api-docs.yaml", Doel.GEEN).mag(IEDEREEN));
        return d;
    }

    /** Which kind of object the path variables name. */
    enum Doel {
        GEEN,
        MELDING,
        BIJLAGE,
        ZAAK,
        STATUSLINK,
        ZORGAANBIEDER,
        /** Fixed values: {@code {jaar}} 2025, {@code {versie}} 1, {@code {id}} an id nobody has. */
        VAST
    }

    /** What a cell expects: allowed, the login door, or an exact status. */
    record Verwacht(int status) {
        static final Verwacht TOEGESTAAN = new Verwacht(0);
        static final Verwacht INLOGGEN = new Verwacht(-1);

        @Override
        public String toString() {
            return status == 0 ? "toegestaan" : status == -1 ? "inloggen" : String.valueOf(status);
        }
    }

    /** One row: an endpoint and its expectations. {@code null} as role stands for anonymous. */
    static final class Deur {
        final String methode;
        final String pad;
        final Doel object;
        final Map<Rol, Verwacht> eigen = new EnumMap<>(Rol.class);
        final Map<Rol, Verwacht> ander = new EnumMap<>(Rol.class);
        Verwacht anoniem = Verwacht.INLOGGEN;
        Function<AutorisatiematrixIT.Objecten, String> body = o -> "{}";
        Function<AutorisatiematrixIT.Objecten, Map<String, String>> formulier = o -> Map.of();

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

        Deur openbaar() {
            anoniem = Verwacht.TOEGESTAAN;
            return mag(IEDEREEN);
        }

        /** This exact status for everyone, anonymous included. */
        Deur iedereen(int status) {
            anoniem = new Verwacht(status);
            for (Rol rol : IEDEREEN) {
                status(rol, status);
            }
            return this;
        }

        Deur mag(Rol... rollen) {
            for (Rol rol : rollen) {
                eigen.put(rol, Verwacht.TOEGESTAAN);
                ander.put(rol, Verwacht.TOEGESTAAN);
            }
            return this;
        }

        Deur eigen(Rol... rollen) {
            for (Rol rol : rollen) {
                eigen.put(rol, Verwacht.TOEGESTAAN);
                ander.put(rol, new Verwacht(404));
            }
            return this;
        }

        Deur status(Rol rol, int status) {
            eigen.put(rol, new Verwacht(status));
            ander.put(rol, new Verwacht(status));
            return this;
        }

        Deur body(Function<AutorisatiematrixIT.Objecten, String> body) {
            this.body = body;
            return this;
        }

        Deur formulier(Function<AutorisatiematrixIT.Objecten, Map<String, String>> formulier) {
            this.formulier = formulier;
            return this;
        }
    }

    static Deur deur(String sleutel, Doel object) {
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
