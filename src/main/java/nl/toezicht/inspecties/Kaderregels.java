package nl.toezicht.inspecties;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.inspecties.Kaderinhoud.Schaalstap;
import nl.toezicht.inspecties.Kaderinhoud.Thema;
import nl.toezicht.kern.Weigering;

/**
 * What makes framework content valid, in one place for the editor and the import: the editor names a form
 * field ({@code tekst}), the import a JSON pointer ({@code /themas/0/normen/2/tekst}); the rules are the same
 * (docs/inspecties/toetsingskader.schema.json says them for the exchange document).
 */
final class Kaderregels {

    static final Pattern KADERCODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    static final Pattern SCHAALCODE = Pattern.compile("[A-Z][A-Z_]{1,39}");
    static final int MAX_TITEL = 200;
    static final int MAX_TEKST = 4000;
    static final int MAX_AANDACHTSPUNTEN = 20;
    static final int MAX_NORMEN = 300;

    private Kaderregels() {}

    static String kadercode(String code, String veld) {
        if (!KADERCODE.matcher(code).matches()) {
            throw Weigering.opVeld(veld, "kader.code.vorm");
        }
        return code;
    }

    static String naam(String naam, String veld) {
        return tekst(naam, veld, MAX_TITEL);
    }

    /** The whole content; {@code pad} prefixes the field names ("/" for the document, "" for none). */
    static Kaderinhoud controleer(Kaderinhoud inhoud, String pad) {
        tekst(inhoud.omschrijving(), pad + "omschrijving", MAX_TEKST);
        List<Schaalstap> schaal = inhoud.schaal();
        if (schaal.size() < 2 || schaal.size() > 7) {
            throw Weigering.opVeld(pad + "schaal", "kader.schaal.aantal");
        }
        Set<String> stappen = new HashSet<>();
        for (int i = 0; i < schaal.size(); i++) {
            String veld = pad + "schaal/" + i + "/";
            if (!SCHAALCODE.matcher(schaal.get(i).code()).matches()) {
                throw Weigering.opVeld(veld + "code", "kader.schaal.code-vorm");
            }
            if (!stappen.add(schaal.get(i).code())) {
                throw Weigering.opVeld(
                        veld + "code", "kader.schaal.code-dubbel", schaal.get(i).code());
            }
            tekst(schaal.get(i).label(), veld + "label", MAX_TITEL);
        }
        if (inhoud.themas().isEmpty()) {
            throw Weigering.opVeld(pad + "themas", "kader.themas.leeg");
        }
        Set<String> themas = new HashSet<>();
        Set<String> normen = new HashSet<>();
        for (int t = 0; t < inhoud.themas().size(); t++) {
            Thema thema = inhoud.themas().get(t);
            String veld = pad + "themas/" + t + "/";
            code(thema.code(), veld + "code");
            if (!themas.add(thema.code())) {
                throw Weigering.opVeld(veld + "code", "kader.thema.code-dubbel", thema.code());
            }
            tekst(thema.titel(), veld + "titel", MAX_TITEL);
            if (thema.normen().isEmpty()) {
                throw Weigering.opVeld(veld + "normen", "kader.thema.zonder-normen");
            }
            for (int n = 0; n < thema.normen().size(); n++) {
                Norm norm = thema.normen().get(n);
                String normveld = veld + "normen/" + n + "/";
                norm(norm, normveld);
                if (!normen.add(norm.code())) {
                    throw Weigering.opVeld(normveld + "code", "kader.norm.code-dubbel", norm.code());
                }
            }
        }
        if (normen.size() > MAX_NORMEN) {
            throw Weigering.opVeld(pad + "themas", "kader.normen.te-veel", MAX_NORMEN);
        }
        return inhoud;
    }

    /** One norm; {@code pad} prefixes its field names. */
    static Norm norm(Norm norm, String pad) {
        code(norm.code(), pad + "code");
        tekst(norm.titel(), pad + "titel", MAX_TITEL);
        tekst(norm.tekst(), pad + "tekst", MAX_TEKST);
        if (norm.aandachtspunten().size() > MAX_AANDACHTSPUNTEN) {
            throw Weigering.opVeld(pad + "aandachtspunten", "kader.aandachtspunten.te-veel", MAX_AANDACHTSPUNTEN);
        }
        for (int i = 0; i < norm.aandachtspunten().size(); i++) {
            tekst(norm.aandachtspunten().get(i), pad + "aandachtspunten/" + i, MAX_TITEL * 2);
        }
        return norm;
    }

    static String code(String code, String veld) {
        if (!CODE.matcher(code).matches()) {
            throw Weigering.opVeld(veld, "kader.code.norm-vorm");
        }
        return code;
    }

    static String tekst(String tekst, String veld, int max) {
        if (tekst.isBlank()) {
            throw Weigering.opVeld(veld, "kader.veld.verplicht");
        }
        if (tekst.length() > max) {
            throw Weigering.opVeld(veld, "kader.veld.te-lang", max);
        }
        return tekst;
    }
}
