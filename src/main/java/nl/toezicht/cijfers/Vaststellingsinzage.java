package nl.toezicht.cijfers;

import java.util.List;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the figures workflow pages show of a version in any state (issue 13, item 12): the version, its
 * tables as they would be published, and the cells that differ from the last approved version. For the
 * people who draw figures up or approve them ({@link CijferRechten#OPSTELLEN}, {@link
 * CijferRechten#VASTSTELLEN}); the public reads approved figures through {@link Cijferdienst} only. The state
 * changes themselves stay in {@link Cijferdienst} (one path for page and API, four eyes included).
 */
@Service
public class Vaststellingsinzage {

    private final Vaststellingen vaststellingen;
    private final Toegangsbeleid beleid;
    private final JsonMapper json;

    Vaststellingsinzage(Vaststellingen vaststellingen, Toegangsbeleid beleid, JsonMapper json) {
        this.vaststellingen = vaststellingen;
        this.beleid = beleid;
        this.json = json;
    }

    /** Whether the current user drafts or approves figures (and so sees the workflow pages). */
    public boolean betrokken() {
        return beleid.heeft(CijferRechten.OPSTELLEN) || beleid.heeft(CijferRechten.VASTSTELLEN);
    }

    private void eis() {
        if (!betrokken()) {
            beleid.eis(CijferRechten.OPSTELLEN);
        }
    }

    public List<Vaststelling.Versie> versies(int jaar) {
        eis();
        return vaststellingen.versies(jaar);
    }

    /** Versions not yet approved, of any year: the work waiting for the analyst and the approver. */
    public long openVersies() {
        eis();
        return vaststellingen.openVersies();
    }

    public Vaststelling.Versie versie(int jaar, int versie) {
        eis();
        return vind(jaar, versie).samenvatting();
    }

    /** The version's tables in their published form (the preview of what approval would publish). */
    public Cijferset cijfers(int jaar, int versie) {
        eis();
        return lees(vind(jaar, versie)).gepubliceerd();
    }

    /** The last approved version before this one, if any. */
    public java.util.Optional<Integer> vorigeVastgesteld(int jaar, int versie) {
        eis();
        return vaststellingen.vastgesteldVoor(jaar, versie).map(Vaststelling::versie);
    }

    /** The published cells that differ from the last approved version before this one (old → new). */
    public List<Cijferdienst.Wijziging> wijzigingen(int jaar, int versie) {
        eis();
        Vaststelling nieuw = vind(jaar, versie);
        return vaststellingen
                .vastgesteldVoor(jaar, versie)
                .map(oud -> Cijferdienst.Wijziging.tussen(
                        lees(oud).gepubliceerd(), lees(nieuw).gepubliceerd()))
                .orElse(List.of());
    }

    private Vaststelling vind(int jaar, int versie) {
        return vaststellingen
                .vind(jaar, versie)
                .orElseThrow(() -> new NietGevonden("object.cijfers", jaar + "/" + versie));
    }

    private Cijferset lees(Vaststelling v) {
        return json.readValue(v.inhoud(), Cijferset.class);
    }
}
