package nl.toezicht.historie;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.toezicht.historie.Regelparser.Velden;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Aanleiding;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Effectuitkomst;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.inspecties.Inspectielader.Bevindingregel;
import nl.toezicht.inspecties.Inspectielader.Bijlagebestand;
import nl.toezicht.inspecties.Inspectielader.Effect;
import nl.toezicht.inspecties.Inspectielader.Teamlid;
import nl.toezicht.inspecties.Veldwerk;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the inspection lines of the exchange format (issue 14): {@code kaderversie} and {@code toezichtactiviteit},
 * what the JSON Schema and the line alone can tell (types, known values, a team with one lead, the report's PDF
 * against its SHA-256). What needs the database (the provider, the framework version's norms and scale) is judged
 * by {@link Inspectieinlezer}.
 */
final class Inspectieregels {

    /** A user name as the accounts have it (toegang.medewerker): a free legacy name must not look like one. */
    static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9._-]{2,64}");

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A text longer than this is refused: evidence and report texts are at most a few pages. */
    static final int MAX_TEKST = 20_000;

    private Inspectieregels() {}

    static Historierecord kaderversie(Velden v) {
        String id = v.id();
        Regelparser.Moment gepubliceerd = v.momentOfDatum("gepubliceerdOp");
        JsonNode kader = v.verplicht("kader");
        if (!kader.isObject()) {
            throw new Regelfout(v.pad("kader"), "historie.veld.object");
        }
        Integer versie = null;
        JsonNode versieNode = kader.get("versie");
        if (versieNode != null && !versieNode.isNull()) {
            if (!versieNode.isInt() || versieNode.intValue() < 1) {
                throw new Regelfout("kader.versie", "historie.kaderversie.versie.ongeldig");
            }
            versie = versieNode.intValue();
        }
        JsonNode status = kader.get("status");
        if (status != null && !status.isNull() && !"GEPUBLICEERD".equals(status.asString())) {
            throw new Regelfout("kader.status", "historie.kaderversie.concept");
        }
        String document = kader.toString();
        if (document.contains("\\u0000")) {
            throw new Regelfout("kader", "historie.tekst.stuurteken", document.indexOf("\\u0000") + 1);
        }
        return new Inspectierecords.Kaderversie(id, document, versie, gepubliceerd.op());
    }

    static Historierecord toezichtactiviteit(Velden v) {
        String id = v.id();
        Activiteitsoort soort = verplicht(v.waarde("soort", Activiteitsoort.class, true));
        Aankondiging aankondiging = v.waarde("aankondiging", Aankondiging.class, false);
        if (aankondiging == null) {
            aankondiging = Aankondiging.AANGEKONDIGD;
        }
        if (!soort.isBezoek() && aankondiging != Aankondiging.AANGEKONDIGD) {
            throw new Regelfout("aankondiging", "historie.activiteit.aankondiging");
        }
        Aanleiding aanleiding = verplicht(v.waarde("aanleiding", Aanleiding.class, true));
        String zaak = v.tekst("zaak", false);
        if (aanleiding == Aanleiding.ZAAK && zaak == null) {
            throw new Regelfout("zaak", "historie.activiteit.zaak.verplicht");
        }
        if (aanleiding != Aanleiding.ZAAK && zaak != null) {
            throw new Regelfout("zaak", "historie.activiteit.zaak.alleen-bij-zaak");
        }
        String omschrijving = tekst(v, "aanleidingOmschrijving", false);
        Zorgsector afdeling = Regelparser.sector(v.verplicht("afdeling"), "afdeling");
        String zorgaanbieder = verplicht(v.tekst("zorgaanbieder", true));
        List<String> locaties = ids(v, "locaties");
        if (soort.isBezoek() && locaties.isEmpty()) {
            throw new Regelfout("locaties", "historie.activiteit.bezoek.locatie");
        }
        String kaderversie = v.tekst("kaderversie", false);
        List<Teamlid> team = team(v);
        LocalDate begin = verplicht(v.datum("begindatum", true));
        LocalDate eind = v.datum("einddatum", false);
        if (eind == null) {
            eind = begin;
        }
        if (eind.isBefore(begin)) {
            throw new Regelfout("einddatum", "historie.activiteit.einddatum");
        }
        Activiteitstatus status = verplicht(v.waarde("status", Activiteitstatus.class, true));
        if (!Inspectielader.TOEGESTAAN.contains(status)) {
            throw new Regelfout("status", "historie.activiteit.status");
        }
        String toelichting = tekst(v, "toelichting", false);
        List<Bevindingregel> bevindingen = bevindingen(v);
        if (!bevindingen.isEmpty() && kaderversie == null) {
            throw new Regelfout("kaderversie", "historie.activiteit.kaderversie.verplicht");
        }
        Effect effect = effect(v);
        Inspectierecords.Rapport rapport = rapport(v);
        if ((rapport != null) != (status == Activiteitstatus.RAPPORT_DEFINITIEF)) {
            throw new Regelfout(rapport == null ? "rapport" : "status", "historie.activiteit.rapport");
        }
        return new Inspectierecords.Toezichtactiviteit(
                id,
                soort,
                aankondiging,
                aanleiding,
                zaak,
                omschrijving,
                afdeling,
                zorgaanbieder,
                locaties,
                kaderversie,
                team,
                begin,
                eind,
                status,
                toelichting,
                bevindingen,
                effect,
                rapport);
    }

    private static List<String> ids(Velden v, String veld) {
        List<String> ids = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        List<JsonNode> lijst = v.lijst(veld, false);
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode n = lijst.get(i);
            if (!n.isString() || n.stringValue().isBlank()) {
                throw new Regelfout(v.pad(veld + "[" + i + "]"), "historie.veld.tekst");
            }
            if (!gezien.add(n.stringValue())) {
                throw new Regelfout(v.pad(veld + "[" + i + "]"), "historie.id.dubbel-in-regel", n.stringValue());
            }
            ids.add(n.stringValue());
        }
        return ids;
    }

    private static List<Teamlid> team(Velden v) {
        List<JsonNode> lijst = v.lijst("team", true);
        List<Teamlid> team = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        int leiders = 0;
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "team[" + i + "]";
            Velden t = v.object(lijst.get(i), pad);
            String gebruiker = t.tekst("gebruiker", false);
            String naam = tekst(t, "naam", false);
            if ((gebruiker == null) == (naam == null)) {
                throw new Regelfout(pad, "historie.activiteit.teamlid");
            }
            if (gebruiker != null && !GEBRUIKERSNAAM.matcher(gebruiker).matches()) {
                throw new Regelfout(pad + ".gebruiker", "historie.activiteit.gebruiker");
            }
            if (naam != null && (GEBRUIKERSNAAM.matcher(naam).matches() || naam.length() > 200)) {
                throw new Regelfout(pad + ".naam", "historie.activiteit.naam");
            }
            String wie = gebruiker != null ? gebruiker : naam;
            if (!gezien.add(wie)) {
                throw new Regelfout(pad, "historie.id.dubbel-in-regel", wie);
            }
            boolean leider = t.waarOfNiet("leider");
            if (leider) {
                leiders++;
            }
            t.geenOnbekende();
            team.add(new Teamlid(wie, leider));
        }
        if (leiders != 1) {
            throw new Regelfout("team", "historie.activiteit.leider");
        }
        return team;
    }

    private static List<Bevindingregel> bevindingen(Velden v) {
        List<JsonNode> lijst = v.lijst("bevindingen", false);
        List<Bevindingregel> bevindingen = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            Velden b = v.object(lijst.get(i), "bevindingen[" + i + "]");
            String norm = verplicht(b.tekst("norm", true));
            if (!gezien.add(norm)) {
                throw new Regelfout(b.pad("norm"), "historie.id.dubbel-in-regel", norm);
            }
            String onderbouwing = tekst(b, "onderbouwing", false);
            bevindingen.add(new Bevindingregel(
                    norm, b.tekst("score", false), onderbouwing == null ? "" : onderbouwing, bijlagen(b)));
            b.geenOnbekende();
        }
        return bevindingen;
    }

    /**
     * The photos and documents of a finding (decision 0107): each its bytes as base64 with their SHA-256, checked
     * here before anything is stored, then judged by the same inspection of bytes as the intake's attachments
     * ({@link Bestandskeuring}: not empty, not too large, an accepted type by its content).
     */
    private static List<Bijlagebestand> bijlagen(Velden b) {
        List<JsonNode> lijst = b.lijst("bijlagen", false);
        if (lijst.size() > Veldwerk.MAX_BIJLAGEN_PER_NORM) {
            throw new Regelfout(b.pad("bijlagen"), "historie.bijlagen.te-veel", Veldwerk.MAX_BIJLAGEN_PER_NORM);
        }
        List<Bijlagebestand> bijlagen = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Velden f = b.object(lijst.get(i), "bijlagen[" + i + "]");
            String naam = verplicht(tekst(f, "bestandsnaam", true));
            byte[] inhoud = base64(f, "inhoud");
            String sha256 = verplicht(f.tekst("sha256", true));
            if (!SHA256.matcher(sha256).matches()) {
                throw new Regelfout(f.pad("sha256"), "historie.rapport.sha256.vorm");
            }
            if (!sha256.equals(sha256(inhoud))) {
                throw new Regelfout(f.pad("sha256"), "historie.bijlage.sha256.klopt-niet");
            }
            Bestandskeuring.Gekeurd gekeurd;
            try {
                gekeurd = Bestandskeuring.keur(Upload.van(naam, inhoud), f.pad("inhoud"), "historie.bijlage");
            } catch (Weigering w) {
                throw new Regelfout(String.valueOf(w.veld()), w.berichtSleutel(), w.argumenten());
            }
            f.geenOnbekende();
            bijlagen.add(new Bijlagebestand(
                    Bestandskeuring.bestandsnaam(naam, "bijlage"), gekeurd.mediatype(), inhoud, gekeurd.sha256()));
        }
        return bijlagen;
    }

    private static byte[] base64(Velden v, String veld) {
        String tekst = verplicht(v.tekst(veld, true));
        try {
            return Base64.getDecoder().decode(tekst);
        } catch (IllegalArgumentException e) {
            throw new Regelfout(v.pad(veld), "historie.bijlage.base64");
        }
    }

    private static @Nullable Effect effect(Velden v) {
        JsonNode node = v.optioneel("effect");
        if (node == null) {
            return null;
        }
        Velden e = v.object(node, "effect");
        String beoogd = verplicht(tekst(e, "beoogd", true));
        Effectuitkomst uitkomst = e.waarde("uitkomst", Effectuitkomst.class, false);
        String toelichting = tekst(e, "toelichting", false);
        JsonNode beoordeeld = e.optioneel("beoordeeldOp");
        java.time.Instant beoordeeldOp =
                beoordeeld == null ? null : e.momentOfDatum("beoordeeldOp").op();
        if ((uitkomst == null) != (beoordeeldOp == null)) {
            throw new Regelfout(uitkomst == null ? "effect.uitkomst" : "effect.beoordeeldOp", "historie.effect.samen");
        }
        if (uitkomst != null && toelichting == null) {
            throw new Regelfout("effect.toelichting", "historie.veld.verplicht");
        }
        e.geenOnbekende();
        return new Effect(beoogd, uitkomst, toelichting, beoordeeldOp);
    }

    private static Inspectierecords.@Nullable Rapport rapport(Velden v) {
        JsonNode node = v.optioneel("rapport");
        if (node == null) {
            return null;
        }
        Velden r = v.object(node, "rapport");
        String inleiding = tekst(r, "inleiding", false);
        Map<String, String> teksten = new LinkedHashMap<>();
        List<JsonNode> lijst = r.lijst("teksten", false);
        for (int i = 0; i < lijst.size(); i++) {
            Velden t = r.object(lijst.get(i), "teksten[" + i + "]");
            String norm = verplicht(t.tekst("norm", true));
            if (teksten.put(norm, verplicht(tekst(t, "tekst", true))) != null) {
                throw new Regelfout(t.pad("norm"), "historie.id.dubbel-in-regel", norm);
            }
            t.geenOnbekende();
        }
        String beoordeeldDoor = r.tekst("beoordeeldDoor", false);
        if (beoordeeldDoor != null && !GEBRUIKERSNAAM.matcher(beoordeeldDoor).matches()) {
            throw new Regelfout("rapport.beoordeeldDoor", "historie.activiteit.gebruiker");
        }
        java.time.Instant definitief = r.momentOfDatum("definitiefOp").op();
        String kenmerk = r.tekst("kenmerk", false);
        if (kenmerk != null && kenmerk.length() > 200) {
            throw new Regelfout("rapport.kenmerk", "historie.tekst.te-lang", 200);
        }
        if (r.waarOfNiet("zonderPdf")) {
            // the old system kept only that it was made final (decision 0107): no file, and none pretended
            if (r.optioneel("pdf") != null) {
                throw new Regelfout("rapport.pdf", "historie.rapport.pdf.zonder-pdf");
            }
            if (r.optioneel("pdfSha256") != null) {
                throw new Regelfout("rapport.pdfSha256", "historie.rapport.pdf.zonder-pdf");
            }
            r.geenOnbekende();
            return new Inspectierecords.Rapport(
                    inleiding == null ? "" : inleiding, teksten, beoordeeldDoor, definitief, null, null, kenmerk);
        }
        if (r.optioneel("pdf") == null) {
            throw new Regelfout("rapport.pdf", "historie.rapport.pdf.verplicht");
        }
        String base64 = verplicht(r.tekst("pdf", true));
        byte[] pdf;
        try {
            pdf = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new Regelfout("rapport.pdf", "historie.rapport.pdf.base64");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new Regelfout("rapport.pdf", "historie.rapport.pdf.geen-pdf");
        }
        String sha256 = verplicht(r.tekst("pdfSha256", true));
        if (!SHA256.matcher(sha256).matches()) {
            throw new Regelfout("rapport.pdfSha256", "historie.rapport.sha256.vorm");
        }
        if (!sha256.equals(sha256(pdf))) {
            throw new Regelfout("rapport.pdfSha256", "historie.rapport.sha256.klopt-niet");
        }
        r.geenOnbekende();
        return new Inspectierecords.Rapport(
                inleiding == null ? "" : inleiding, teksten, beoordeeldDoor, definitief, pdf, sha256, kenmerk);
    }

    /**
     * Text as the activity's pages show it: stored as given and shown escaped, but never a control character
     * (PostgreSQL refuses a NUL in text; the others have no place in a report) and never longer than
     * {@value #MAX_TEKST} characters.
     */
    @SuppressWarnings("NullAway")
    static @Nullable String tekst(Velden v, String veld, boolean verplicht) {
        String tekst = v.tekst(veld, verplicht);
        if (tekst == null) {
            return null;
        }
        if (tekst.length() > MAX_TEKST) {
            throw new Regelfout(v.pad(veld), "historie.tekst.te-lang", MAX_TEKST);
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                throw new Regelfout(v.pad(veld), "historie.tekst.stuurteken", i + 1);
            }
        }
        return tekst;
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T verplicht(@Nullable T waarde) {
        if (waarde == null) {
            throw new IllegalStateException("required field read as absent");
        }
        return waarde;
    }
}
