package nl.toezicht.zaken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekopdracht;
import nl.toezicht.kern.Zoekterm;
import nl.toezicht.kern.Zoekuitkomst;
import nl.toezicht.kern.Zoekuitvoering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read contract of the search over cases (decision 0068): a case by the number of its reference, typed
 * loosely, or by the words of its notes (Dutch stemming, accents ignored). Only cases of the departments the user
 * may see are matched, counted and faceted; who may not read free text (decision 0024) finds cases by reference
 * only. The cases shown are written to the access log as a search.
 */
@Service
public class Zaakzoeker {

    /** A case found. */
    public record Zaaktreffer(
            ZaakId id,
            String referentie,
            Zaakstatus status,
            Meldingsoort soort,
            Zorgsector afdeling,
            @Nullable ZorgaanbiederId zorgaanbieder,
            Instant ontvangenOp) {}

    private static final String KOLOMMEN = "id, referentie, status, soort, afdeling, zorgaanbieder_id, ontvangen_op";

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;

    Zaakzoeker(JdbcClient jdbc, Toegangsbeleid toegang, Toegangslog toegangslog) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
    }

    @Transactional(readOnly = true)
    public Zoekuitkomst<Zaaktreffer> zoek(Zoekopdracht opdracht) {
        toegang.eis(ZaakRechten.INZIEN, Handeling.ZOEKEN);
        if (opdracht.status() != null
                && java.util.Arrays.stream(Zaakstatus.values())
                        .noneMatch(s -> s.name().equals(opdracht.status()))) {
            throw Weigering.opVeld("status", "zoeken.status", opdracht.status());
        }
        Zoekterm term = opdracht.term();
        boolean vrijeTekst = toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN);
        String voorwaarde;
        if (term.isReferentie()) {
            if (!term.kanZijnVan('Z')) {
                return Zoekuitkomst.leeg(false);
            }
            voorwaarde = "substring(referentie from '[0-9]+$')::bigint = :nummer"
                    + (term.jaar() == null ? "" : " and referentie like :voorvoegsel");
        } else if (vrijeTekst) {
            voorwaarde = "id in (select zaak from zaken.notitie"
                    + " where to_tsvector('public.nederlands', tekst) @@ websearch_to_tsquery('public.nederlands', :tekst))";
        } else {
            return Zoekuitkomst.leeg(true);
        }
        Zoekuitvoering zoeking = new Zoekuitvoering(
                jdbc, "zaken.zaak", "status", "afdeling", voorwaarde + " and afdeling = any(:zichtbaar)");
        zoeking.param("zichtbaar", zichtbaar());
        if (term.isReferentie()) {
            zoeking.param("nummer", term.nummer());
            if (term.jaar() != null) {
                zoeking.param("voorvoegsel", term.jaarvoorvoegsel('Z') + "%");
            }
        } else {
            zoeking.param("tekst", term.tekst());
        }
        Zoekuitkomst<Zaaktreffer> uitkomst = zoeking.voerUit(opdracht, KOLOMMEN, Zaakzoeker::treffer, false);
        log(uitkomst.pagina().items());
        return uitkomst;
    }

    /**
     * Related work on a case page: the other cases about the case's provider, newest first, at most {@code max},
     * only those of departments the user may see; logged as a search.
     */
    @Transactional(readOnly = true)
    public List<Zaaktreffer> zelfdeAanbieder(Zaak zaak, int max) {
        toegang.eis(ZaakRechten.INZIEN, Handeling.ZOEKEN);
        if (zaak.zorgaanbieder() == null) {
            return List.of();
        }
        List<Zaaktreffer> treffers = jdbc.sql(
                        "select " + KOLOMMEN + " from zaken.zaak where zorgaanbieder_id = :aanbieder"
                                + " and id <> :zaak and afdeling = any(:zichtbaar) order by ontvangen_op desc, id desc limit :max")
                .param("aanbieder", zaak.zorgaanbieder().waarde())
                .param("zaak", zaak.id().waarde())
                .param("zichtbaar", zichtbaar())
                .param("max", max)
                .query(Zaakzoeker::treffer)
                .list();
        log(treffers);
        return treffers;
    }

    /**
     * The references of the cases that hold these notifications, for the cases the user may see (a duplicate
     * suggestion names the case it would be taken from).
     */
    @Transactional(readOnly = true)
    public Map<MeldingId, String> zaakreferenties(Collection<MeldingId> meldingen) {
        if (meldingen.isEmpty() || !toegang.heeft(ZaakRechten.INZIEN)) {
            return Map.of();
        }
        Map<MeldingId, String> referenties = new HashMap<>();
        jdbc.sql("select zm.melding_id, z.referentie from zaken.zaak_melding zm join zaken.zaak z on z.id = zm.zaak"
                        + " where zm.melding_id = any(:meldingen) and z.afdeling = any(:zichtbaar)")
                .param("meldingen", meldingen.stream().map(MeldingId::waarde).toArray(UUID[]::new))
                .param("zichtbaar", zichtbaar())
                .query(rs -> {
                    referenties.put(new MeldingId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return referenties;
    }

    private String[] zichtbaar() {
        return toegang.zichtbareAfdelingen().stream().map(Enum::name).toArray(String[]::new);
    }

    private void log(List<Zaaktreffer> treffers) {
        toegangslog.toegestaan(
                Handeling.ZOEKEN,
                treffers.stream().map(t -> Logobject.zaak(t.id().waarde())).toArray(Logobject[]::new));
    }

    private static Zaaktreffer treffer(ResultSet rs, int i) throws SQLException {
        UUID aanbieder = rs.getObject("zorgaanbieder_id", UUID.class);
        return new Zaaktreffer(
                new ZaakId(rs.getObject("id", UUID.class)),
                rs.getString("referentie"),
                Zaakstatus.valueOf(rs.getString("status")),
                Meldingsoort.valueOf(rs.getString("soort")),
                Zorgsector.valueOf(rs.getString("afdeling")),
                aanbieder == null ? null : new ZorgaanbiederId(aanbieder),
                rs.getTimestamp("ontvangen_op").toInstant());
    }
}
