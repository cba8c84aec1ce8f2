package nl.toezicht.meldingen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
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
    private final Bestandsopslag opslag;
    private final Toegangsbeleid beleid;
    private final Toegangslog toegangslog;
    private final Patientkluis kluis;

    MeldingInzage(
            MeldingRepository meldingen,
            JdbcClient jdbc,
            Bestandsopslag opslag,
            Toegangsbeleid beleid,
            Toegangslog toegangslog,
            Patientkluis kluis) {
        this.meldingen = meldingen;
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.beleid = beleid;
        this.toegangslog = toegangslog;
        this.kluis = kluis;
    }

    /** One notification, if it is within the user's need-to-know; identities only for who may see them. */
    public MeldingDetail detail(MeldingId id) {
        Melding m = beleid.lees(
                MeldingRechten.INZIEN,
                Logobject.melding(id.waarde(), null),
                () -> meldingen.findById(id.waarde()),
                Melding::sector,
                gevonden -> List.of(Logobject.melding(id.waarde(), pseudoniem(gevonden))));
        return detail(m, !beleid.heeft(MeldingRechten.IDENTITEIT_ZIEN));
    }

    /**
     * An attachment to download. Attachments may show who the patient is, so only roles that may see
     * identities get them (403 for others); outside one's need-to-know the attachment does not exist (404).
     */
    public Bijlagebestand bijlage(MeldingId id, UUID bijlageId) {
        record MetBijlage(Melding melding, Bijlage bijlage) {}
        Bijlage bijlage = beleid.handel(
                        Handeling.INZIEN,
                        MeldingRechten.IDENTITEIT_ZIEN,
                        List.of(Logobject.bijlage(bijlageId, null), Logobject.melding(id.waarde(), null)),
                        () -> meldingen
                                .findById(id.waarde())
                                .flatMap(m -> m.bijlagen().stream()
                                        .filter(b -> b.id().equals(bijlageId))
                                        .findFirst()
                                        .map(b -> new MetBijlage(m, b))),
                        g -> g.melding().sector(),
                        g -> List.of(
                                Logobject.bijlage(bijlageId, pseudoniem(g.melding())),
                                Logobject.melding(id.waarde(), pseudoniem(g.melding()))))
                .bijlage();
        String sleutel = bijlage.opslagSleutel();
        return new Bijlagebestand(
                bijlage.bestandsnaam(), bijlage.mediatype(), bijlage.grootte(), () -> opslag.open(sleutel));
    }

    /**
     * Newest first; only the departments the current user may see. The search is logged once, with the
     * notifications it showed. {@code pagina} counts from 0 (the API's numbering); the page's positions count from
     * 1 ({@link Pagina#genummerd}).
     */
    public Pagina<MeldingRegel> zoek(Zoekvraag vraag, int pagina, int grootte) {
        beleid.eis(MeldingRechten.INZIEN, Handeling.ZOEKEN);
        int omvang = Math.max(1, Math.min(grootte, MAX_GROOTTE));
        int nummer = Math.max(0, pagina);
        List<String> zichtbaar =
                beleid.zichtbareAfdelingen().stream().map(Enum::name).toList();
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
                            vraag.vanaf().atStartOfDay(Tijdzone.NEDERLAND).toInstant()));
        }
        if (vraag.tot() != null) {
            voorwaarden.add("ontvangen_op < :tot");
            params.put(
                    "tot",
                    Timestamp.from(vraag.tot()
                            .plusDays(1)
                            .atStartOfDay(Tijdzone.NEDERLAND)
                            .toInstant()));
        }
        if (vraag.alleenOngekoppeld()) {
            voorwaarden.add("zorgaanbieder_id is null");
        }
        String pseudoniem = pseudoniem(vraag);
        if (pseudoniem != null) {
            voorwaarden.add("patient_pseudoniem = :pseudoniem");
            params.put("pseudoniem", pseudoniem);
        }
        String waar = " where " + String.join(" and ", voorwaarden);
        long totaal = jdbc.sql("select count(*) from meldingen.melding" + waar)
                .params(params)
                .query(Long.class)
                .single();
        List<MeldingRegel> regels = jdbc.sql("select id, referentie, status, bron, kanaal, soort, sector, "
                        + "zorgaanbieder_id, zorgaanbieder_omschrijving, ontvangen_op, patient_pseudoniem "
                        + "from meldingen.melding"
                        + waar
                        + " order by ontvangen_op desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", omvang)
                .param("offset", (long) nummer * omvang)
                .query(MeldingInzage::regel)
                .list();
        toegangslog.toegestaan(
                Handeling.ZOEKEN,
                regels.stream()
                        .map(r -> Logobject.melding(r.id().waarde(), r.patientPseudoniem()))
                        .toArray(Logobject[]::new));
        return Pagina.genummerd(regels, nummer + 1, omvang, totaal);
    }

    /**
     * For the reporter's private link: reference, date and status only. Logged as the anonymous reporter
     * reading their notification; an unknown link as a denied attempt (without the token).
     */
    public Optional<Statusweergave> status(String token) {
        if (token.length() > 100) {
            toegangslog.geweigerd(Handeling.INZIEN);
            return Optional.empty();
        }
        record Gevonden(Statusweergave weergave, Logobject object) {}
        Optional<Gevonden> gevonden = jdbc.sql("select id, referentie, ontvangen_op, status, patient_pseudoniem "
                        + "from meldingen.melding where status_token_hash = ?")
                .param(MeldingIntake.hash(token))
                .query((rs, i) -> new Gevonden(
                        new Statusweergave(
                                rs.getString("referentie"),
                                rs.getTimestamp("ontvangen_op").toInstant(),
                                Meldingstatus.valueOf(rs.getString("status"))),
                        Logobject.melding(rs.getObject("id", UUID.class), rs.getString("patient_pseudoniem"))))
                .optional();
        if (gevonden.isEmpty()) {
            toegangslog.geweigerd(Handeling.INZIEN);
            return Optional.empty();
        }
        toegangslog.toegestaan(Handeling.INZIEN, gevonden.get().object());
        return Optional.of(gevonden.get().weergave());
    }

    /** The pseudonym to search for, checked for its shape. */
    private static @Nullable String pseudoniem(Zoekvraag vraag) {
        String pseudoniem =
                vraag.pseudoniem() == null ? null : vraag.pseudoniem().strip();
        if (pseudoniem != null && !pseudoniem.isEmpty()) {
            if (!pseudoniem.matches("[0-9a-f]{64}")) {
                throw Weigering.opVeld("pseudoniem", "melding.patient.pseudoniem.ongeldig");
            }
            return pseudoniem;
        }
        return null;
    }

    private static @Nullable String pseudoniem(Melding m) {
        return m.patient() == null ? null : m.patient().pseudoniem();
    }

    private MeldingDetail detail(Melding m, boolean afgeschermd) {
        VersleuteldePatient patient = m.patient();
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
                        // free text may name the patient: it does not leave here for such a role
                        afgeschermd ? "" : m.omschrijving(),
                        m.patientOverleden(),
                        m.doorSuicide(),
                        m.suicidepoging(),
                        m.geslotenJeugdinstelling(),
                        m.seksueelGrensoverschrijdend(),
                        m.sggSoort(),
                        m.themas(),
                        afgeschermd ? null : m.melder(),
                        afgeschermd || patient == null ? null : kluis.ontsleutel(patient)),
                m.ontvangenOp(),
                m.bijlagen().stream()
                        .map(b -> new MeldingDetail.BijlageInfo(
                                b.id().toString(),
                                afgeschermd ? null : b.bestandsnaam(),
                                b.mediatype(),
                                b.grootte(),
                                b.sha256()))
                        .toList(),
                patient == null ? null : patient.pseudoniem(),
                afgeschermd);
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
                rs.getObject("zorgaanbieder_id") == null
                        ? null
                        : new ZorgaanbiederId(rs.getObject("zorgaanbieder_id", UUID.class)),
                rs.getString("zorgaanbieder_omschrijving"),
                rs.getTimestamp("ontvangen_op").toInstant(),
                rs.getString("patient_pseudoniem"));
    }
}
