package nl.toezicht.meldingen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider portal: a care-provider user sees the notifications its providers (by KvK number) made, or
 * that intake linked to one of them, and their status. Nothing else: no description, no patient, no
 * reporter; another provider's notification does not exist for them (404, logged).
 */
@Service
@Transactional(readOnly = true)
public class MijnMeldingen {

    public static final int GROOTTE = 25;

    private static final String KOLOMMEN =
            "id, referentie, soort, sector, ontvangen_op, status, melder_kvk_nummer," + " patient_pseudoniem";
    private static final String EIGEN =
            " from meldingen.melding where (melder_kvk_nummer = any(:kvk)" + " or zorgaanbieder_id = any(:aanbieders))";

    private final JdbcClient jdbc;
    private final Register register;
    private final Toegangsbeleid beleid;
    private final Toegangslog toegangslog;

    MijnMeldingen(JdbcClient jdbc, Register register, Toegangsbeleid beleid, Toegangslog toegangslog) {
        this.jdbc = jdbc;
        this.register = register;
        this.beleid = beleid;
        this.toegangslog = toegangslog;
    }

    /** One notification as the provider sees it: what, when, and how far along. */
    public record Regel(
            MeldingId id,
            String referentie,
            Meldingsoort soort,
            Zorgsector sector,
            Instant ontvangenOp,
            Meldingstatus status,
            boolean doorOnsGemeld) {}

    /**
     * Newest first, {@link #GROOTTE} per page; {@code pagina} counts from 0 (the API's numbering), the page's
     * positions from 1 ({@link Pagina#genummerd}).
     */
    public Pagina<Regel> lijst(int pagina) {
        beleid.eis(MeldingRechten.PORTAAL, Handeling.ZOEKEN);
        Set<String> kvk = beleid.ik().kvkNummers();
        int nummer = Math.max(0, pagina);
        String[] kvkNummers = kvk.toArray(String[]::new);
        UUID[] aanbieders = aanbieders(kvk);
        long totaal = jdbc.sql("select count(*)" + EIGEN)
                .param("kvk", kvkNummers)
                .param("aanbieders", aanbieders)
                .query(Long.class)
                .single();
        List<Gevonden> gevonden = jdbc.sql(
                        "select " + KOLOMMEN + EIGEN + " order by ontvangen_op desc, id limit :limiet offset :offset")
                .param("kvk", kvkNummers)
                .param("aanbieders", aanbieders)
                .param("limiet", GROOTTE)
                .param("offset", (long) nummer * GROOTTE)
                .query((rs, i) -> gevonden(rs, kvk))
                .list();
        toegangslog.toegestaan(
                Handeling.ZOEKEN, gevonden.stream().map(Gevonden::object).toArray(Logobject[]::new));
        return Pagina.genummerd(gevonden.stream().map(Gevonden::regel).toList(), nummer + 1, GROOTTE, totaal);
    }

    /** One of the provider's own notifications; any other id is not found (and logged as refused). */
    public Regel melding(MeldingId id) {
        // the query finds only the provider's own: another's notification is not found (and logged as refused)
        return beleid.lees(
                        MeldingRechten.PORTAAL,
                        Logobject.melding(id.waarde(), null),
                        () -> {
                            Set<String> kvk = beleid.ik().kvkNummers();
                            return jdbc.sql("select " + KOLOMMEN + EIGEN + " and id = :id")
                                    .param("kvk", kvk.toArray(String[]::new))
                                    .param("aanbieders", aanbieders(kvk))
                                    .param("id", id.waarde())
                                    .query((rs, i) -> gevonden(rs, kvk))
                                    .optional();
                        },
                        g -> List.of(g.object()))
                .regel();
    }

    private UUID[] aanbieders(Set<String> kvk) {
        return register.metKvkNummers(kvk).stream().map(ZorgaanbiederId::waarde).toArray(UUID[]::new);
    }

    private record Gevonden(Regel regel, Logobject object) {}

    private static Gevonden gevonden(ResultSet rs, Set<String> kvk) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String melder = rs.getString("melder_kvk_nummer");
        return new Gevonden(
                new Regel(
                        new MeldingId(id),
                        rs.getString("referentie"),
                        Meldingsoort.valueOf(rs.getString("soort")),
                        Zorgsector.valueOf(rs.getString("sector")),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        Meldingstatus.valueOf(rs.getString("status")),
                        melder != null && kvk.contains(melder)),
                Logobject.melding(id, rs.getString("patient_pseudoniem")));
    }
}
