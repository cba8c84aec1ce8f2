package nl.toezicht.historie;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;
import nl.toezicht.inspecties.Inspectielader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the database in the exchange format (docs/historie-import.md): the providers with their
 * locations, then every notification followed, after the last notification of its case, by that case
 * with its whole timeline (or, for a case imported as a summary, its summary). So the file imports as it is (references point backwards). Records carry their
 * Toezicht id as their id. PostgreSQL builds each line (json_build_object) from the owners' read views
 * (decision 0030); the rows are streamed with a cursor, so memory stays flat. A case that lost all its notifications to another case is left out.
 */
@Component
public class HistorieExport {

    private static final int FETCH = 2_000;

    static final String ZORGAANBIEDERS = "select json_build_object('type', 'zorgaanbieder', 'id', z.id::text,"
            + " 'naam', z.naam, 'kvkNummer', z.kvk_nummer, 'agbCode', z.agb_code, 'sectoren', to_json(z.sectoren),"
            + " 'aangemaaktOp', z.aangemaakt_op, 'locaties', (select json_agg(json_build_object('id', l.id::text,"
            + " 'naam', l.naam, 'adres', l.adres, 'postcode', l.postcode, 'plaats', l.plaats, 'gemeente', l.gemeente)"
            + " order by l.volgnummer) from register.locatie_uitwisseling l where l.zorgaanbieder_id = z.id))::text"
            + " from register.zorgaanbieder_uitwisseling z order by z.aangemaakt_op, z.id";

    static final String MELDINGEN_EN_ZAKEN = "select json_build_object('type', 'melding', 'id', m.id::text,"
            + " 'bron', m.bron, 'kanaal', m.kanaal, 'soort', m.soort, 'sector', m.sector,"
            + " 'zorgaanbieder', m.zorgaanbieder_id::text, 'locatie', m.locatie_id::text,"
            + " 'zorgaanbiederOmschrijving', m.zorgaanbieder_omschrijving, 'melderKvkNummer', m.melder_kvk_nummer,"
            + " 'datumGebeurtenis', m.datum_gebeurtenis, 'datumVastgesteld', m.datum_vastgesteld,"
            + " 'ontvangenOp', m.ontvangen_op, 'omschrijving', m.omschrijving, 'patientOverleden', m.patient_overleden,"
            + " 'doorSuicide', m.door_suicide, 'suicidepoging', m.suicidepoging,"
            + " 'geslotenJeugdinstelling', m.gesloten_jeugdinstelling,"
            + " 'seksueelGrensoverschrijdend', m.seksueel_grensoverschrijdend, 'sggSoort', m.sgg_soort,"
            + " 'themas', to_json(m.themas))::text,"
            + " case when z.id is not null and row_number() over (partition by z.id order by m.ontvangen_op desc,"
            + " m.id desc) = 1 then json_strip_nulls(json_build_object('type', 'zaak', 'id', z.id::text,"
            + " 'meldingen', (select json_agg(k.melding_id::text order by k.gekoppeld_op, k.melding_id)"
            + " from zaken.zaak_melding_telgegevens k where k.zaak_id = z.id),"
            + " 'afdeling', z.afdeling, 'inspecteur', z.inspecteur,"
            + " 'termijn', case when z.termijn_soort is null or z.status = 'GESLOTEN' then null"
            + " else json_build_object('soort', z.termijn_soort, 'datum', z.termijn_datum) end,"
            + " 'teLaat', z.te_laat, 'teLaatGemeld', z.te_laat_gemeld, 'sluitreden', z.sluitreden,"
            + " 'tijdlijn', case when z.samenvatting then null else (select json_agg(json_build_object("
            + " 'transitie', s.transitie, 'op', s.op, 'door', s.door, 'toelichting', s.toelichting)"
            + " order by s.volgnummer) from zaken.statuswijziging_uitwisseling s where s.zaak_id = z.id) end,"
            // a summary (issue 12 item 7) goes out as it came in: its closing and its note, no steps
            + " 'samenvatting', case when z.samenvatting then json_build_object('geslotenOp', z.gesloten_op,"
            + " 'toelichting', (select s.toelichting from zaken.statuswijziging_uitwisseling s"
            + " where s.zaak_id = z.id order by s.volgnummer limit 1)) end"
            // a case has a timeline or a summary: the other is left out, not written as null (the schema's oneOf)
            + "))::text end"
            + " from meldingen.melding_uitwisseling m"
            + " left join zaken.zaak_melding_telgegevens zm on zm.melding_id = m.id"
            + " left join zaken.zaak_telgegevens z on z.id = zm.zaak_id"
            + " order by coalesce(z.geopend_op, m.ontvangen_op), z.id nulls first, m.ontvangen_op, m.id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final Inspectielader inspecties;

    HistorieExport(DataSource dataSource, Inspectielader inspecties) {
        this.dataSource = dataSource;
        this.inspecties = inspecties;
    }

    /**
     * Writes every record; returns the number of lines. After the cases, issue 14's: the published framework
     * versions, then the activities the format takes (cancelled, carried out, final with the report's PDF).
     */
    public long exporteer(OutputStream uit) {
        long regels = exporteer(dataSource, uit);
        try {
            for (Inspectielader.Uitgaandeversie v : inspecties.gepubliceerdeVersies()) {
                schrijfRegel(uit, kaderversie(v));
                regels++;
            }
            long[] activiteiten = {0};
            inspecties.uitgaandeActiviteiten(a -> {
                try {
                    schrijfRegel(uit, activiteit(a));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                activiteiten[0]++;
            });
            uit.flush();
            return regels + activiteiten[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijfRegel(OutputStream uit, ObjectNode regel) throws IOException {
        uit.write(JSON.writeValueAsString(regel).getBytes(StandardCharsets.UTF_8));
        uit.write('\n');
    }

    /** A framework version as the import reads it: its exchange document (with its number) and publication. */
    static ObjectNode kaderversie(Inspectielader.Uitgaandeversie v) {
        ObjectNode regel = JSON.createObjectNode();
        regel.put("type", "kaderversie");
        regel.put("id", v.id().toString());
        regel.put("gepubliceerdOp", v.gepubliceerdOp().toString());
        ObjectNode kader = (ObjectNode) JSON.readTree(v.document());
        kader.remove("$schema");
        regel.set("kader", kader);
        return regel;
    }

    /** An activity as the import reads it (docs/import/historie.schema.json, {@code toezichtactiviteit}). */
    static ObjectNode activiteit(Inspectielader.Geimporteerdeactiviteit a) {
        ObjectNode regel = JSON.createObjectNode();
        regel.put("type", "toezichtactiviteit");
        regel.put("id", a.id().toString());
        regel.put("soort", a.soort().name());
        regel.put("aankondiging", a.aankondiging().name());
        regel.put("aanleiding", a.aanleiding().name());
        if (a.zaakId() != null) {
            // the case's line has its Toezicht id as its id, earlier in this file
            regel.put("zaak", a.zaakId().toString());
        }
        if (a.aanleidingOmschrijving() != null) {
            regel.put("aanleidingOmschrijving", a.aanleidingOmschrijving());
        }
        regel.put("afdeling", a.afdeling().name());
        regel.put("zorgaanbieder", a.zorgaanbieder().toString());
        ArrayNode locaties = regel.putArray("locaties");
        a.locaties().forEach(l -> locaties.add(l.toString()));
        if (a.kaderversie() != null) {
            regel.put("kaderversie", a.kaderversie().toString());
        }
        ArrayNode team = regel.putArray("team");
        for (Inspectielader.Teamlid t : a.team()) {
            ObjectNode lid = team.addObject();
            lid.put(Inspectieregels.GEBRUIKERSNAAM.matcher(t.naam()).matches() ? "gebruiker" : "naam", t.naam());
            if (t.leider()) {
                lid.put("leider", true);
            }
        }
        regel.put("begindatum", a.begindatum().toString());
        regel.put("einddatum", a.einddatum().toString());
        regel.put("status", a.status().name());
        if (a.toelichting() != null) {
            regel.put("toelichting", a.toelichting());
        }
        ArrayNode bevindingen = regel.putArray("bevindingen");
        for (Inspectielader.Bevindingregel b : a.bevindingen()) {
            ObjectNode bevinding = bevindingen.addObject();
            bevinding.put("norm", b.normCode());
            if (b.score() != null) {
                bevinding.put("score", b.score());
            }
            if (!b.onderbouwing().isEmpty()) {
                bevinding.put("onderbouwing", b.onderbouwing());
            }
            if (!b.bijlagen().isEmpty()) {
                ArrayNode bijlagen = bevinding.putArray("bijlagen");
                for (Inspectielader.Bijlagebestand f : b.bijlagen()) {
                    bijlagen.addObject()
                            .put("bestandsnaam", f.bestandsnaam())
                            .put("inhoud", Base64.getEncoder().encodeToString(f.inhoud()))
                            .put("sha256", f.sha256());
                }
            }
        }
        Inspectielader.Effect e = a.effect();
        if (e != null) {
            ObjectNode effect = regel.putObject("effect");
            effect.put("beoogd", e.beoogd());
            if (e.uitkomst() != null && e.beoordeeldOp() != null) {
                effect.put("uitkomst", e.uitkomst().name());
                effect.put("toelichting", e.toelichting());
                effect.put("beoordeeldOp", e.beoordeeldOp().toString());
            }
        }
        Inspectielader.Eindrapport r = a.rapport();
        if (r != null) {
            ObjectNode rapport = regel.putObject("rapport");
            if (!r.inleiding().isEmpty()) {
                rapport.put("inleiding", r.inleiding());
            }
            ArrayNode teksten = rapport.putArray("teksten");
            r.teksten()
                    .forEach((norm, tekst) ->
                            teksten.addObject().put("norm", norm).put("tekst", tekst));
            if (r.beoordeeldDoor() != null) {
                rapport.put("beoordeeldDoor", r.beoordeeldDoor());
            }
            rapport.put("definitiefOp", r.definitiefOp().toString());
            if (r.kenmerk() != null) {
                rapport.put("kenmerk", r.kenmerk());
            }
            byte[] pdf = r.pdf();
            if (pdf == null) {
                rapport.put("zonderPdf", true);
            } else {
                rapport.put("pdf", Base64.getEncoder().encodeToString(pdf));
                rapport.put("pdfSha256", r.sha256());
            }
        }
        return regel;
    }

    static long exporteer(DataSource dataSource, OutputStream uit) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                long regels = schrijf(c, ZORGAANBIEDERS, uit);
                regels += schrijf(c, MELDINGEN_EN_ZAKEN, uit);
                regels += schrijf(c, Maatregelregels.EXPORT, uit);
                uit.flush();
                return regels;
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long schrijf(Connection c, String sql, OutputStream uit) throws SQLException, IOException {
        long regels = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
                int kolommen = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= kolommen; k++) {
                        String regel = rs.getString(k);
                        if (regel != null) {
                            uit.write(regel.getBytes(StandardCharsets.UTF_8));
                            uit.write('\n');
                            regels++;
                        }
                    }
                }
            }
        }
        return regels;
    }
}
