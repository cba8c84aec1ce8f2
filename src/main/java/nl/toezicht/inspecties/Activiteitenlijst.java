package nl.toezicht.inspecties;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paged list of supervision activities for the API (docs/inspecties.md, "API"): of the departments the user
 * may see only (need-to-know as for cases), newest start first, counted, every row shown in the access log.
 */
@Service
public class Activiteitenlijst {

    public static final int STANDAARD_GROOTTE = 25;
    public static final int MAX_GROOTTE = 100;

    private final Toegangsbeleid toegang;
    private final Toegangslog log;
    private final JdbcClient jdbc;

    Activiteitenlijst(Toegangsbeleid toegang, Toegangslog log, JdbcClient jdbc) {
        this.toegang = toegang;
        this.log = log;
        this.jdbc = jdbc;
    }

    /** What the list is narrowed to; every part optional. */
    public record Filter(
            @Nullable Zorgsector afdeling,
            @Nullable String inspecteur,
            @Nullable Activiteitstatus status,
            @Nullable Activiteitsoort soort,
            @Nullable LocalDate vanaf,
            @Nullable LocalDate tot) {}

    /** One activity in the list. */
    public record Regel(
            UUID id,
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            UUID zorgaanbiederId,
            @Nullable UUID kaderversieId,
            String leider,
            LocalDate begindatum,
            LocalDate einddatum) {}

    @Transactional(readOnly = true)
    public Pagina<Regel> lijst(Filter filter, int pagina, int grootte) {
        toegang.eis(InspectieRechten.INZIEN, Handeling.ZOEKEN);
        if (pagina < 1) {
            throw Weigering.opVeld("pagina", "activiteiten.pagina.ongeldig");
        }
        if (grootte < 1 || grootte > MAX_GROOTTE) {
            throw Weigering.opVeld("grootte", "activiteiten.grootte.ongeldig", MAX_GROOTTE);
        }
        String[] afdelingen;
        if (filter.afdeling() != null) {
            toegang.eisAfdeling(filter.afdeling());
            afdelingen = new String[] {filter.afdeling().name()};
        } else {
            afdelingen = toegang.zichtbareAfdelingen().stream().map(Enum::name).toArray(String[]::new);
        }
        StringBuilder waar = new StringBuilder(" from inspecties.toezichtactiviteit a where a.afdeling = any(?)");
        List<Object> params = new ArrayList<>(List.of((Object) afdelingen));
        if (filter.inspecteur() != null && !filter.inspecteur().isBlank()) {
            waar.append(" and exists (select 1 from inspecties.activiteit_teamlid t where t.activiteit = a.id"
                    + " and t.gebruikersnaam = ?)");
            params.add(filter.inspecteur().strip());
        }
        if (filter.status() != null) {
            waar.append(" and a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.soort() != null) {
            waar.append(" and a.soort = ?");
            params.add(filter.soort().name());
        }
        if (filter.vanaf() != null) {
            waar.append(" and a.einddatum >= ?");
            params.add(Date.valueOf(filter.vanaf()));
        }
        if (filter.tot() != null) {
            waar.append(" and a.begindatum <= ?");
            params.add(Date.valueOf(filter.tot()));
        }
        long totaal = jdbc.sql("select count(*)" + waar)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<Regel> regels = jdbc.sql("select a.id, a.referentie, a.soort, a.aankondiging, a.status, a.afdeling,"
                        + " a.zorgaanbieder_id, a.kaderversie_id, a.leider, a.begindatum, a.einddatum" + waar
                        + " order by a.begindatum desc, a.referentie desc limit ? offset ?")
                .params(metPagina)
                .query((rs, i) -> new Regel(
                        rs.getObject("id", UUID.class),
                        rs.getString("referentie"),
                        Activiteitsoort.valueOf(rs.getString("soort")),
                        Aankondiging.valueOf(rs.getString("aankondiging")),
                        Activiteitstatus.valueOf(rs.getString("status")),
                        Zorgsector.valueOf(rs.getString("afdeling")),
                        rs.getObject("zorgaanbieder_id", UUID.class),
                        rs.getObject("kaderversie_id", UUID.class),
                        rs.getString("leider"),
                        rs.getDate("begindatum").toLocalDate(),
                        rs.getDate("einddatum").toLocalDate()))
                .list();
        log.toegestaan(
                Handeling.ZOEKEN,
                regels.stream().map(r -> Logobject.toezichtactiviteit(r.id())).toArray(Logobject[]::new));
        return Pagina.genummerd(regels, pagina, grootte, totaal);
    }
}
