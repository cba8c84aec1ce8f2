package nl.toezicht.meldingen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading notifications: staff see what their department may see; a reporter sees only the status. */
@Service
@Transactional(readOnly = true)
public class MeldingInzage {

    public static final int MAX_GROOTTE = 100;

    private final MeldingRepository meldingen;
    private final JdbcClient jdbc;
    private final BijlageOpslag opslag;
    private final Toegangsbeleid beleid;

    MeldingInzage(MeldingRepository meldingen, JdbcClient jdbc, BijlageOpslag opslag, Toegangsbeleid beleid) {
        this.meldingen = meldingen;
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.beleid = beleid;
    }

    public MeldingDetail detail(MeldingId id) {
        Melding m = leesbaar(id);
        return detail(m);
    }

    public Bijlagebestand bijlage(MeldingId id, UUID bijlageId) {
        Melding m = leesbaar(id);
        return m.bijlagen().stream()
                .filter(b -> b.id().equals(bijlageId))
                .findFirst()
                .map(b ->
                        new Bijlagebestand(b.bestandsnaam(), b.mediatype(), b.grootte(), opslag.pad(b.opslagSleutel())))
                .orElseThrow(() -> new NietGevonden("object.bijlage", bijlageId));
    }

    /** Newest first; only the sectors the current staff member may see. */
    public Pagina<MeldingRegel> zoek(Zoekvraag vraag, int pagina, int grootte) {
        int omvang = Math.max(1, Math.min(grootte, MAX_GROOTTE));
        int nummer = Math.max(0, pagina);
        List<String> zichtbaar = Arrays.stream(Zorgsector.values())
                .filter(beleid::magAfdelingZien)
                .map(Enum::name)
                .toList();
        List<String> voorwaarden = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        voorwaarden.add("sector = any(:zichtbaar)");
        params.put("zichtbaar", zichtbaar.toArray(String[]::new));
        if (vraag.sector() != null) {
            voorwaarden.add("sector = :sector");
            params.put("sector", vraag.sector().name());
        }
        if (vraag.soort() != null) {
            voorwaarden.add("soort = :soort");
            params.put("soort", vraag.soort().name());
        }
        if (vraag.status() != null) {
            voorwaarden.add("status = :status");
            params.put("status", vraag.status().name());
        }
        if (vraag.bron() != null) {
            voorwaarden.add("bron = :bron");
            params.put("bron", vraag.bron().name());
        }
        if (vraag.vanaf() != null) {
            voorwaarden.add("ontvangen_op >= :vanaf");
            params.put(
                    "vanaf",
                    Timestamp.from(
                            vraag.vanaf().atStartOfDay(MeldingIntake.NEDERLAND).toInstant()));
        }
        if (vraag.tot() != null) {
            voorwaarden.add("ontvangen_op < :tot");
            params.put(
                    "tot",
                    Timestamp.from(vraag.tot()
                            .plusDays(1)
                            .atStartOfDay(MeldingIntake.NEDERLAND)
                            .toInstant()));
        }
        if (vraag.alleenOngekoppeld()) {
            voorwaarden.add("zorgaanbieder_id is null");
        }
        String waar = " where " + String.join(" and ", voorwaarden);
        long totaal = jdbc.sql("select count(*) from meldingen.melding" + waar)
                .params(params)
                .query(Long.class)
                .single();
        List<MeldingRegel> regels = jdbc.sql("select id, referentie, status, bron, kanaal, soort, sector, "
                        + "zorgaanbieder_id, zorgaanbieder_omschrijving, ontvangen_op from meldingen.melding"
                        + waar
                        + " order by ontvangen_op desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", omvang)
                .param("offset", (long) nummer * omvang)
                .query(MeldingInzage::regel)
                .list();
        return new Pagina<>(regels, nummer, omvang, totaal);
    }

    /** For the reporter's private link: reference, date and status only. */
    public Optional<Statusweergave> status(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select referentie, ontvangen_op, status from meldingen.melding where status_token_hash = ?")
                .param(MeldingIntake.hash(token))
                .query((rs, i) -> new Statusweergave(
                        rs.getString("referentie"),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        Meldingstatus.valueOf(rs.getString("status"))))
                .optional();
    }

    private Melding leesbaar(MeldingId id) {
        Melding m = meldingen.findById(id.waarde()).orElseThrow(() -> new NietGevonden("object.melding", id));
        beleid.eisAfdeling(m.sector());
        return m;
    }

    static MeldingDetail detail(Melding m) {
        return new MeldingDetail(
                m.id(),
                m.referentie(),
                m.status(),
                new Meldinggegevens(
                        m.bron(),
                        m.kanaal(),
                        m.soort(),
                        m.sector(),
                        m.zorgaanbieder(),
                        m.locatie(),
                        m.zorgaanbiederOmschrijving(),
                        m.melderKvkNummer(),
                        m.datumGebeurtenis(),
                        m.datumVastgesteld(),
                        m.omschrijving(),
                        m.patientOverleden(),
                        m.doorSuicide(),
                        m.suicidepoging(),
                        m.geslotenJeugdinstelling(),
                        m.seksueelGrensoverschrijdend(),
                        m.sggSoort(),
                        m.themas(),
                        m.melder(),
                        m.patient()),
                m.ontvangenOp(),
                m.bijlagen().stream()
                        .map(b -> new MeldingDetail.BijlageInfo(
                                b.id().toString(), b.bestandsnaam(), b.mediatype(), b.grootte(), b.sha256()))
                        .toList());
    }

    private static MeldingRegel regel(ResultSet rs, int rij) throws SQLException {
        return new MeldingRegel(
                new MeldingId(rs.getObject("id", UUID.class)),
                rs.getString("referentie"),
                Meldingstatus.valueOf(rs.getString("status")),
                Bron.valueOf(rs.getString("bron")),
                Kanaal.valueOf(rs.getString("kanaal")),
                Meldingsoort.valueOf(rs.getString("soort")),
                Zorgsector.valueOf(rs.getString("sector")),
                rs.getObject("zorgaanbieder_id") != null,
                rs.getString("zorgaanbieder_omschrijving"),
                rs.getTimestamp("ontvangen_op").toInstant());
    }
}
