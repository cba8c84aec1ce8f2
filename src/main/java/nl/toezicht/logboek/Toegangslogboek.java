package nl.toezicht.logboek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.toezicht.kern.Pagina;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The privacy officer's reading of the access log: search (keyset-paged, newest first), CSV export
 * (streamed), the review list of break-the-glass accesses. Only for the privacy officer, and every reading
 * is itself logged (NEN 7513).
 */
@Service
public class Toegangslogboek {

    public static final int PAGINA_GROOTTE = 50;
    static final String LOGOBJECT_TYPE = "TOEGANGSLOG";
    private static final String KOLOMMEN = "volgnummer, id, handeling, tijdstip, toegestaan, gebruiker, "
            + "gebruiker_naam, rol, afdelingen, namens, doel, ip, user_agent, request_id, objecten";
    private static final TypeReference<List<Map<String, String>>> OBJECTEN = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final Logboekgebruikers gebruikers;
    private final Toegangslog toegangslog;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Map<String, Logobjectkenmerken> kenmerken;

    Toegangslogboek(
            JdbcTemplate jdbc,
            Logboekgebruikers gebruikers,
            Toegangslog toegangslog,
            ObjectMapper json,
            Clock clock,
            List<Logobjectkenmerken> kenmerken) {
        this.jdbc = jdbc;
        this.kenmerken =
                kenmerken.stream().collect(java.util.stream.Collectors.toMap(Logobjectkenmerken::objecttype, k -> k));
        this.gebruikers = gebruikers;
        this.toegangslog = toegangslog;
        this.json = json;
        this.zone = clock.getZone();
    }

    /** One page of entries matching the search, newest first. */
    @Transactional(readOnly = true)
    public Pagina<Logitem> zoek(Logzoekvraag vraag) {
        eisLezer(Handeling.ZOEKEN, vraag);
        toegangslog.toegestaan(Handeling.ZOEKEN, logobject(vraag));
        Sql sql = sql(vraag);
        List<Logitem> regels = jdbc.query(
                "select " + KOLOMMEN + " from logboek.toegangslog" + sql.where() + " order by volgnummer desc limit "
                        + (PAGINA_GROOTTE + 1),
                (rs, i) -> item(rs),
                sql.parameters().toArray());
        Long volgende = null;
        if (regels.size() > PAGINA_GROOTTE) {
            regels = regels.subList(0, PAGINA_GROOTTE);
            volgende = regels.get(PAGINA_GROOTTE - 1).volgnummer();
        }
        // newest first and only onwards: the privacy officer reads back in time, the total is not counted
        return new Pagina<>(regels, null, volgende == null ? null : volgende.toString(), null);
    }

    /**
     * The references of the objects in these entries, by {@code TYPE:id}, one query per object type: the
     * page shows {@code Z-2026-000123} where the log holds the id.
     */
    public Map<String, String> kenmerken(List<Logitem> regels) {
        Map<String, java.util.Set<String>> perType = new java.util.HashMap<>();
        regels.forEach(r -> r.objecten()
                .forEach(o -> perType.computeIfAbsent(o.type(), t -> new java.util.HashSet<>())
                        .add(o.id())));
        Map<String, String> uit = new java.util.HashMap<>();
        perType.forEach((type, ids) -> {
            Logobjectkenmerken bron = kenmerken.get(type);
            if (bron != null) {
                bron.kenmerken(ids).forEach((id, kenmerk) -> uit.put(type + ":" + id, kenmerk));
            }
        });
        return uit;
    }

    /**
     * Every entry matching the search (cursor ignored) as CSV, streamed: constant memory for any size.
     * Semicolons and a byte-order mark, as Excel with Dutch settings reads a CSV file into columns.
     */
    @Transactional(readOnly = true)
    public void exporteer(Logzoekvraag vraag, Writer uit) {
        Logzoekvraag alles = vraag.vanaf(null);
        eisLezer(Handeling.EXPORTEREN, alles);
        toegangslog.toegestaan(Handeling.EXPORTEREN, logobject(alles));
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(
                        "volgnummer",
                        "id",
                        "handeling",
                        "tijdstip",
                        "uitkomst",
                        "gebruiker",
                        "naam",
                        "rol",
                        "afdelingen",
                        "namens",
                        "doel",
                        "ip",
                        "user_agent",
                        "request_id",
                        "objecten")
                .get()
                .print(metBom(uit))) {
            stroom(alles, item -> {
                try {
                    csv.printRecord(
                            item.volgnummer(),
                            item.id(),
                            item.handeling(),
                            nl.toezicht.kern.Opmaak.alsSeconde(item.tijdstip()),
                            item.toegestaan() ? "toegestaan" : "geweigerd",
                            item.gebruiker(),
                            item.gebruikerNaam(),
                            item.rol(),
                            String.join(",", item.afdelingen()),
                            item.namens(),
                            item.doel(),
                            item.ip(),
                            item.userAgent(),
                            item.requestId(),
                            objectenTekst(item.objecten()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this sequence number is a break-the-glass entry (for recording the review of it). */
    @Transactional(readOnly = true)
    public boolean isDoorbreking(long volgnummer) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from logboek.toegangslog where volgnummer = ? and handeling = ?)",
                Boolean.class,
                volgnummer,
                Handeling.DOORBREKEN.name()));
    }

    private static Writer metBom(Writer uit) {
        try {
            uit.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit;
    }

    /**
     * Every entry concerning a patient, oldest first: for the right of access, whose caller logs it. Only for
     * who may read the log (403 otherwise).
     */
    @Transactional(readOnly = true)
    public List<Logitem> overPatient(String pseudoniem) {
        if (!gebruikers.magLogLezen()) {
            throw new AccessDeniedException("toegangslog");
        }
        List<Logitem> regels = new ArrayList<>();
        stroom(new Logzoekvraag(null, pseudoniem, null, null, null, null, null, null, null), regels::add);
        java.util.Collections.reverse(regels);
        return regels;
    }

    private void stroom(Logzoekvraag vraag, Consumer<Logitem> verwerk) {
        Sql sql = sql(vraag);
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("select " + KOLOMMEN + " from logboek.toegangslog" + sql.where()
                            + " order by volgnummer desc");
                    ps.setFetchSize(1_000);
                    for (int i = 0; i < sql.parameters().size(); i++) {
                        ps.setObject(i + 1, sql.parameters().get(i));
                    }
                    return ps;
                },
                (ResultSet rs) -> verwerk.accept(item(rs)));
    }

    /** Only who may read the log: a refusal is logged, and 403. */
    private void eisLezer(Handeling handeling, Logzoekvraag vraag) {
        if (!gebruikers.magLogLezen()) {
            toegangslog.geweigerd(handeling, logobject(vraag));
            throw new AccessDeniedException("toegangslog");
        }
    }

    static Logobject logobject(Logzoekvraag vraag) {
        return new Logobject(LOGOBJECT_TYPE, vraag.omschrijving(), vraag.patientPseudoniem());
    }

    static String objectenTekst(List<Logobject> objecten) {
        return String.join(
                " ",
                objecten.stream()
                        .map(o -> o.type() + ":" + o.id() + (o.patientPseudoniem() == null ? "" : " (patiënt)"))
                        .toList());
    }

    private record Sql(String where, List<Object> parameters) {}

    private Sql sql(Logzoekvraag vraag) {
        List<String> voorwaarden = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (vraag.gebruiker() != null) {
            voorwaarden.add("gebruiker = ?");
            parameters.add(vraag.gebruiker());
        }
        if (vraag.patientPseudoniem() != null) {
            voorwaarden.add("objecten_json @> ?::jsonb");
            parameters.add(json.writeValueAsString(List.of(Map.of("patient", vraag.patientPseudoniem()))));
        }
        if (vraag.objectType() != null || vraag.objectId() != null) {
            Map<String, String> object = new java.util.LinkedHashMap<>();
            if (vraag.objectType() != null) {
                object.put("type", vraag.objectType());
            }
            if (vraag.objectId() != null) {
                object.put("id", vraag.objectId());
            }
            voorwaarden.add("objecten_json @> ?::jsonb");
            parameters.add(json.writeValueAsString(List.of(object)));
        }
        if (vraag.van() != null) {
            voorwaarden.add("tijdstip >= ?");
            parameters.add(
                    java.sql.Timestamp.from(vraag.van().atStartOfDay(zone).toInstant()));
        }
        if (vraag.tot() != null) {
            voorwaarden.add("tijdstip < ?");
            parameters.add(java.sql.Timestamp.from(
                    vraag.tot().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (vraag.handeling() != null) {
            voorwaarden.add("handeling = ?");
            parameters.add(vraag.handeling().name());
        }
        if (vraag.toegestaan() != null) {
            voorwaarden.add("toegestaan = ?");
            parameters.add(vraag.toegestaan());
        }
        if (vraag.voor() != null) {
            voorwaarden.add("volgnummer < ?");
            parameters.add(vraag.voor());
        }
        return new Sql(voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden), parameters);
    }

    private Logitem item(ResultSet rs) throws SQLException {
        List<Logobject> objecten = json.readValue(rs.getString("objecten"), OBJECTEN).stream()
                .map(m -> new Logobject(m.get("type"), m.get("id"), m.get("patient")))
                .toList();
        return new Logitem(
                rs.getLong("volgnummer"),
                rs.getString("id"),
                Handeling.valueOf(rs.getString("handeling")),
                rs.getTimestamp("tijdstip").toInstant(),
                rs.getBoolean("toegestaan"),
                rs.getString("gebruiker"),
                rs.getString("gebruiker_naam"),
                rs.getString("rol"),
                Arrays.asList((String[]) rs.getArray("afdelingen").getArray()),
                rs.getString("namens"),
                rs.getString("doel"),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("request_id"),
                objecten);
    }
}
