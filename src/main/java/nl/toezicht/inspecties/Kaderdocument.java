package nl.toezicht.inspecties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.inspecties.Kaderinhoud.Schaalstap;
import nl.toezicht.inspecties.Kaderinhoud.Thema;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange document of one framework version (schema: docs/inspecties/toetsingskader.schema.json):
 * reading checks it against the schema's rules and refuses the first problem on its JSON pointer
 * ({@code /themas/0/normen/2/tekst}); writing gives what reading accepts. The stored content of a version
 * ({@code kaderversie.inhoud}) is the same shape without the framework's name and code.
 */
public final class Kaderdocument {

    public static final String SCHEMA = "https://toezicht.example/schemas/toetsingskader-1.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DOCUMENT =
            Set.of("$schema", "code", "versie", "status", "naam", "sector", "omschrijving", "schaal", "themas");
    private static final Set<String> SCHAALSTAP = Set.of("code", "label");
    private static final Set<String> THEMA = Set.of("code", "titel", "normen");
    private static final Set<String> NORM = Set.of("code", "titel", "tekst", "aandachtspunten");
    private static final Set<String> INHOUD = Set.of("omschrijving", "schaal", "themas");

    /** What an imported document says; its version number and status are the system's to give. */
    public record Gelezen(
            String code, String naam, @Nullable Zorgsector sector, Kaderinhoud inhoud) {}

    private Kaderdocument() {}

    /** Reads and checks a document; refuses with a {@link Weigering} on the pointer of the first problem. */
    public static Gelezen lees(String tekst) {
        JsonNode document;
        try {
            document = JSON.readTree(tekst);
        } catch (JacksonException e) {
            throw Weigering.opVeld("/", "kader.document.geen-json");
        }
        if (document == null || !document.isObject()) {
            throw Weigering.opVeld("/", "kader.document.geen-object");
        }
        alleen(document, DOCUMENT, "/");
        String code = Kaderregels.kadercode(tekst(document, "code", "/"), "/code");
        String naam = Kaderregels.naam(tekst(document, "naam", "/"), "/naam");
        Zorgsector sector = null;
        JsonNode s = document.get("sector");
        if (s != null && !s.isNull()) {
            if (!s.isString()) {
                throw Weigering.opVeld("/sector", "kader.document.tekst-verwacht");
            }
            try {
                sector = Zorgsector.valueOf(s.stringValue());
            } catch (IllegalArgumentException e) {
                throw Weigering.opVeld("/sector", "kader.document.sector-onbekend", s.stringValue());
            }
        }
        return new Gelezen(code, naam, sector, Kaderregels.controleer(inhoud(document, "/"), "/"));
    }

    /** The export: what {@link #lees} accepts, with version number and status for the reader. */
    public static String schrijf(Kaderversie versie) {
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", SCHEMA);
        document.put("code", versie.code());
        document.put("versie", versie.versie());
        document.put("status", versie.status().name());
        document.put("naam", versie.naam());
        if (versie.sector() != null) {
            document.put("sector", versie.sector().name());
        }
        vul(document, versie.inhoud());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** The stored content (jsonb) of a version. */
    static String inhoudAlsJson(Kaderinhoud inhoud) {
        ObjectNode node = JSON.createObjectNode();
        vul(node, inhoud);
        return JSON.writeValueAsString(node);
    }

    static Kaderinhoud inhoudUitJson(String json) {
        JsonNode node = JSON.readTree(json);
        alleen(node, INHOUD, "/");
        return inhoud(node, "/");
    }

    private static void vul(ObjectNode document, Kaderinhoud inhoud) {
        document.put("omschrijving", inhoud.omschrijving());
        ArrayNode schaal = document.putArray("schaal");
        inhoud.schaal()
                .forEach(stap -> schaal.addObject().put("code", stap.code()).put("label", stap.label()));
        ArrayNode themas = document.putArray("themas");
        for (Thema thema : inhoud.themas()) {
            ObjectNode t = themas.addObject().put("code", thema.code()).put("titel", thema.titel());
            ArrayNode normen = t.putArray("normen");
            for (Norm norm : thema.normen()) {
                ObjectNode n = normen.addObject()
                        .put("code", norm.code())
                        .put("titel", norm.titel())
                        .put("tekst", norm.tekst());
                ArrayNode punten = n.putArray("aandachtspunten");
                norm.aandachtspunten().forEach(punten::add);
            }
        }
    }

    private static Kaderinhoud inhoud(JsonNode document, String pad) {
        String omschrijving = tekst(document, "omschrijving", pad);
        List<Schaalstap> schaal = new ArrayList<>();
        JsonNode stappen = lijst(document, "schaal", pad);
        for (int i = 0; i < stappen.size(); i++) {
            JsonNode stap = object(stappen.get(i), pad + "schaal/" + i);
            String p = pad + "schaal/" + i + "/";
            alleen(stap, SCHAALSTAP, p);
            schaal.add(new Schaalstap(tekst(stap, "code", p), tekst(stap, "label", p)));
        }
        List<Thema> themas = new ArrayList<>();
        JsonNode t = lijst(document, "themas", pad);
        for (int i = 0; i < t.size(); i++) {
            String p = pad + "themas/" + i + "/";
            JsonNode thema = object(t.get(i), pad + "themas/" + i);
            alleen(thema, THEMA, p);
            List<Norm> normen = new ArrayList<>();
            JsonNode n = lijst(thema, "normen", p);
            for (int j = 0; j < n.size(); j++) {
                String q = p + "normen/" + j + "/";
                JsonNode norm = object(n.get(j), p + "normen/" + j);
                alleen(norm, NORM, q);
                List<String> punten = new ArrayList<>();
                JsonNode a = norm.get("aandachtspunten");
                if (a != null && !a.isNull()) {
                    if (!a.isArray()) {
                        throw Weigering.opVeld(q + "aandachtspunten", "kader.document.lijst-verwacht");
                    }
                    for (int k = 0; k < a.size(); k++) {
                        if (!a.get(k).isString()) {
                            throw Weigering.opVeld(q + "aandachtspunten/" + k, "kader.document.tekst-verwacht");
                        }
                        punten.add(a.get(k).stringValue());
                    }
                }
                normen.add(new Norm(tekst(norm, "code", q), tekst(norm, "titel", q), tekst(norm, "tekst", q), punten));
            }
            themas.add(new Thema(tekst(thema, "code", p), tekst(thema, "titel", p), normen));
        }
        return new Kaderinhoud(omschrijving, schaal, themas);
    }

    private static void alleen(JsonNode object, Set<String> velden, String pad) {
        for (String naam : object.propertyNames()) {
            if (!velden.contains(naam)) {
                throw Weigering.opVeld(
                        pad + naam.replace("~", "~0").replace("/", "~1"), "kader.document.veld-onbekend");
            }
        }
    }

    private static JsonNode object(JsonNode node, String pad) {
        if (!node.isObject()) {
            throw Weigering.opVeld(pad, "kader.document.object-verwacht");
        }
        return node;
    }

    private static String tekst(JsonNode object, String naam, String pad) {
        JsonNode waarde = object.get(naam);
        if (waarde == null || waarde.isNull()) {
            throw Weigering.opVeld(pad + naam, "kader.veld.verplicht");
        }
        if (!waarde.isString()) {
            throw Weigering.opVeld(pad + naam, "kader.document.tekst-verwacht");
        }
        return waarde.stringValue();
    }

    private static JsonNode lijst(JsonNode object, String naam, String pad) {
        JsonNode waarde = object.get(naam);
        if (waarde == null || waarde.isNull()) {
            throw Weigering.opVeld(pad + naam, "kader.veld.verplicht");
        }
        if (!waarde.isArray()) {
            throw Weigering.opVeld(pad + naam, "kader.document.lijst-verwacht");
        }
        return waarde;
    }
}
