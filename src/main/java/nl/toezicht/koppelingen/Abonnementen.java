package nl.toezicht.koppelingen;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Patientgegevens;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Partners' subscriptions: made and ended by an administrator. A subscription has two secrets, each shown once:
 * the HMAC secret that signs what is delivered to it (kept encrypted with the patient-data keys, since signing
 * needs it), and the key with which the partner reads the event log (kept only as SHA-256).
 */
@Service
public class Abonnementen {

    static final String SLEUTEL_VOORVOEGSEL = "tzp_";
    static final String GEHEIM_VOORVOEGSEL = "whsec_";
    /** The kind of object in the access log. */
    public static final String LOGOBJECT = "ABONNEMENT";

    private static final int GEHEIM_MINSTENS = 24;
    private static final int GEHEIM_HOOGSTENS = 64;
    private static final long VERVERSEN_MS = 5_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Register register;
    private final Patientgegevens kluis;
    private final Gebeurtenislog log;
    private final KoppelingenProperties properties;
    private final SecureRandom random = new SecureRandom();
    private volatile Set<String> gevraagd = Set.of();
    private volatile long ververstOp;
    private volatile boolean verouderd = true;

    Abonnementen(
            JdbcClient jdbc,
            Clock clock,
            Register register,
            Patientgegevens kluis,
            @Lazy Gebeurtenislog log,
            KoppelingenProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.register = register;
        this.kluis = kluis;
        this.log = log;
        this.properties = properties;
    }

    /** What the administrator fills in. */
    public record Aanvraag(
            String naam,
            Partnersoort soort,
            @Nullable String kvkNummer,
            String url,
            List<String> typen,
            @Nullable String geheim) {}

    /** A new subscription: the secret and the key are shown this once. */
    public record Nieuw(Abonnement abonnement, String geheim, String sleutel) {}

    public Nieuw maak(Aanvraag aanvraag, String door) {
        String naam = aanvraag.naam().strip();
        if (naam.isEmpty() || naam.length() > 200) {
            throw Weigering.opVeld("naam", "abonnement.naam.ongeldig");
        }
        URI url = url(aanvraag.url(), properties.alleenHttps());
        String kvk = null;
        List<UUID> zorgaanbieders = List.of();
        if (aanvraag.soort() == Partnersoort.ZORGAANBIEDER) {
            kvk = aanvraag.kvkNummer() == null ? "" : aanvraag.kvkNummer().strip();
            if (!kvk.matches("[0-9]{8}")) {
                throw Weigering.opVeld("kvkNummer", "abonnement.kvkNummer.ongeldig");
            }
            zorgaanbieders = register.metKvkNummers(List.of(kvk)).stream()
                    .map(ZorgaanbiederId::waarde)
                    .toList();
            if (zorgaanbieders.isEmpty()) {
                throw Weigering.opVeld("kvkNummer", "abonnement.kvkNummer.onbekend");
            }
        }
        List<String> typen = aanvraag.typen().stream().distinct().sorted().toList();
        if (typen.isEmpty() || typen.stream().anyMatch(t -> !log.magOntvangen(t, aanvraag.soort()))) {
            throw Weigering.opVeld("typen", "abonnement.typen.ongeldig");
        }
        String geheim = aanvraag.geheim() == null || aanvraag.geheim().isBlank()
                ? GEHEIM_VOORVOEGSEL + Base64.getEncoder().encodeToString(willekeurig(32))
                : geheim(aanvraag.geheim().strip());
        String sleutel =
                SLEUTEL_VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig(32));
        UUID id = UUID.randomUUID();
        Positie begin = log.nu();
        jdbc.sql("insert into koppelingen.abonnement (id, naam, soort, kvk_nummer, zorgaanbieders, url, typen, geheim,"
                        + " sleutel_prefix, sleutel_hash, aangemaakt, aangemaakt_door, cursor_transactie, cursor_rij)"
                        + " values (:id, :naam, :soort, :kvk, :zorgaanbieders, :url, :typen, :geheim, :prefix, :hash,"
                        + " :aangemaakt, :door, cast(:transactie as xid8), :rij)")
                .param("id", id)
                .param("naam", naam)
                .param("soort", aanvraag.soort().name())
                .param("kvk", kvk)
                .param("zorgaanbieders", zorgaanbieders.toArray(UUID[]::new))
                .param("url", url.toString())
                .param("typen", typen.toArray(String[]::new))
                .param("geheim", kluis.versleutel(geheim))
                .param("prefix", sleutel.substring(0, SLEUTEL_VOORVOEGSEL.length() + 6))
                .param("hash", hash(sleutel))
                .param("aangemaakt", tijdstip(Instant.now(clock)))
                .param("door", door)
                .param("transactie", begin.transactie().toString())
                .param("rij", begin.rij())
                .update();
        verouderd = true;
        return new Nieuw(vind(id), geheim, sleutel);
    }

    /** The event types partners may subscribe to, with the kinds of partner each is for. */
    public List<String> typen() {
        return log.bekendeTypen();
    }

    /** Ends a subscription: nothing more is delivered to it and its key stops working. */
    public void beeindig(UUID id) {
        int gewijzigd = jdbc.sql("update koppelingen.abonnement set beeindigd = ? where id = ? and beeindigd is null")
                .params(tijdstip(Instant.now(clock)), id)
                .update();
        if (gewijzigd == 0) {
            vind(id);
        }
        verouderd = true;
    }

    public List<Abonnement> lijst() {
        return jdbc.sql(SELECT + " order by a.beeindigd nulls first, a.aangemaakt desc")
                .query((rs, i) -> abonnement(rs))
                .list();
    }

    public Abonnement vind(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query((rs, i) -> abonnement(rs))
                .optional()
                .orElseThrow(() -> new NietGevonden("object.abonnement", id));
    }

    /** The active subscription whose event-log key this is. */
    Optional<Abonnement> metSleutel(String sleutel) {
        if (!sleutel.startsWith(SLEUTEL_VOORVOEGSEL)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where a.sleutel_hash = ? and a.beeindigd is null")
                .param(hash(sleutel))
                .query((rs, i) -> abonnement(rs))
                .optional();
    }

    /** The active subscriptions whose next attempt is due. */
    List<Abonnement> teBezorgen(Instant nu) {
        return jdbc.sql(SELECT + " where a.beeindigd is null and (a.volgende_poging is null or a.volgende_poging <= ?)"
                        + " order by a.aangemaakt")
                .param(tijdstip(nu))
                .query((rs, i) -> abonnement(rs))
                .list();
    }

    /** The HMAC secret, for signing a delivery. */
    String geheim(UUID id) {
        return kluis.ontsleutel(jdbc.sql("select geheim from koppelingen.abonnement where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    /**
     * Whether any active subscription wants events of this type: the event log records only those. Read at most
     * every 5 seconds per instance (at once on the instance that changed a subscription); a new subscription on
     * another instance starts receiving within that time.
     */
    boolean gevraagd(String type) {
        long nu = clock.millis();
        if (verouderd || nu - ververstOp > VERVERSEN_MS || nu < ververstOp) {
            verouderd = false;
            gevraagd = Set.copyOf(
                    jdbc.sql("select distinct unnest(typen) from koppelingen.abonnement where beeindigd is null")
                            .query(String.class)
                            .list());
            ververstOp = nu;
        }
        return gevraagd.contains(type);
    }

    private static final String SELECT = "select a.id, a.naam, a.soort, a.kvk_nummer, a.zorgaanbieders, a.url, a.typen,"
            + " a.sleutel_prefix, a.aangemaakt, a.aangemaakt_door, a.beeindigd, a.cursor_transactie::text as"
            + " cursor_transactie, a.cursor_rij, a.pogingen, a.volgende_poging, a.laatste_fout, a.bezorgd,"
            + " (select count(*) from koppelingen.dode_letter d where d.abonnement = a.id) as dode_letters"
            + " from koppelingen.abonnement a";

    private static Abonnement abonnement(ResultSet rs) throws SQLException {
        return new Abonnement(
                rs.getObject("id", UUID.class),
                rs.getString("naam"),
                Partnersoort.valueOf(rs.getString("soort")),
                rs.getString("kvk_nummer"),
                Arrays.stream((Object[]) array(rs.getArray("zorgaanbieders")))
                        .map(UUID.class::cast)
                        .toList(),
                URI.create(rs.getString("url")),
                Arrays.stream((Object[]) array(rs.getArray("typen")))
                        .map(String.class::cast)
                        .toList(),
                rs.getString("sleutel_prefix"),
                rs.getObject("aangemaakt", OffsetDateTime.class).toInstant(),
                rs.getString("aangemaakt_door"),
                instant(rs.getObject("beeindigd", OffsetDateTime.class)),
                new Positie(new java.math.BigInteger(rs.getString("cursor_transactie")), rs.getLong("cursor_rij")),
                rs.getInt("pogingen"),
                instant(rs.getObject("volgende_poging", OffsetDateTime.class)),
                rs.getString("laatste_fout"),
                rs.getLong("bezorgd"),
                rs.getLong("dode_letters"));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    /** The endpoint: https (or plain http where configured for tests), a host, no user info, no fragment. */
    static URI url(String tekst, boolean alleenHttps) {
        try {
            URI url = new URI(tekst.strip());
            boolean http = "https".equals(url.getScheme()) || (!alleenHttps && "http".equals(url.getScheme()));
            if (!http || url.getHost() == null || url.getUserInfo() != null || url.getFragment() != null) {
                throw Weigering.opVeld("url", "abonnement.url.ongeldig");
            }
            return url;
        } catch (URISyntaxException e) {
            throw Weigering.opVeld("url", "abonnement.url.ongeldig");
        }
    }

    /**
     * A secret the partner chose (some receivers generate their own): {@code whsec_} and 24 to 64 random bytes
     * in base64, as Standard Webhooks prescribes.
     */
    private static String geheim(String tekst) {
        if (!tekst.startsWith(GEHEIM_VOORVOEGSEL)) {
            throw Weigering.opVeld("geheim", "abonnement.geheim.ongeldig");
        }
        try {
            int lengte = Base64.getDecoder().decode(tekst.substring(GEHEIM_VOORVOEGSEL.length())).length;
            if (lengte < GEHEIM_MINSTENS || lengte > GEHEIM_HOOGSTENS) {
                throw Weigering.opVeld("geheim", "abonnement.geheim.ongeldig");
            }
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld("geheim", "abonnement.geheim.ongeldig");
        }
        return tekst;
    }

    private byte[] willekeurig(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return b;
    }

    static String hash(String sleutel) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime tijdstip(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime tijdstip) {
        return tijdstip == null ? null : tijdstip.toInstant();
    }
}
