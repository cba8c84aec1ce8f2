package nl.toezicht.toegang.aanmelden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Kvkregister;
import nl.toezicht.toegang.Machineclients;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * API keys of machine clients, each bound to one care provider (KvK number). A key is 256 random bits,
 * shown once when made; only its SHA-256 is stored (a fast hash suffices for a random secret of that
 * size: nothing to guess), with a short prefix to recognise it in the list. A revoked key stops working
 * at once.
 */
@Component
public class ApiSleutels implements Machineclients {

    static final String VOORVOEGSEL = "tzk_";
    /** Authority of a request authenticated with an API key: no role, so no staff page or API. */
    public static final String AUTORITEIT = "API_SLEUTEL";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<Kvkregister> registers;

    ApiSleutels(JdbcClient jdbc, Clock clock, List<Kvkregister> registers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.registers = List.copyOf(registers);
    }

    /** A key as the list shows it: never the key itself. */
    public record Sleutel(
            UUID id,
            String prefix,
            String kvkNummer,
            String omschrijving,
            Instant aangemaakt,
            String aangemaaktDoor,
            @Nullable Instant ingetrokken,
            @Nullable Instant laatstGebruikt) {

        public java.time.ZonedDateTime aangemaaktOp() {
            return aangemaakt.atZone(Tijdzone.NEDERLAND);
        }

        public java.time.@Nullable ZonedDateTime laatstGebruiktOp() {
            return laatstGebruikt == null ? null : laatstGebruikt.atZone(Tijdzone.NEDERLAND);
        }
    }

    /** A new key: {@code sleutel} is shown once and then only its hash exists. */
    public record NieuweSleutel(UUID id, String sleutel) {}

    public NieuweSleutel maak(String kvkNummer, String omschrijving, String door) {
        String kvk = kvkNummer.strip();
        String tekst = omschrijving.strip();
        if (!kvk.matches("[0-9]{8}")) {
            throw Weigering.opVeld("kvkNummer", "apisleutel.kvkNummer.ongeldig");
        }
        if (tekst.isEmpty() || tekst.length() > 200) {
            throw Weigering.opVeld("omschrijving", "apisleutel.omschrijving.ongeldig");
        }
        // a key for a provider the register does not know would file notifications nobody can link
        if (!registers.isEmpty() && registers.stream().noneMatch(r -> r.isIngeschreven(kvk))) {
            throw Weigering.opVeld("kvkNummer", "apisleutel.kvkNummer.onbekend");
        }
        byte[] geheim = new byte[32];
        random.nextBytes(geheim);
        String sleutel = VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(geheim);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into toegang.api_sleutel (id, prefix, hash, kvk_nummer, omschrijving, aangemaakt, "
                        + "aangemaakt_door) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, sleutel.substring(0, VOORVOEGSEL.length() + 6), hash(sleutel), kvk, tekst, nu(), door)
                .update();
        return new NieuweSleutel(id, sleutel);
    }

    public List<Sleutel> lijst() {
        return jdbc.sql("select id, prefix, kvk_nummer, omschrijving, aangemaakt, aangemaakt_door, ingetrokken, "
                        + "laatst_gebruikt from toegang.api_sleutel order by ingetrokken nulls first, aangemaakt desc")
                .query((rs, i) -> new Sleutel(
                        rs.getObject("id", UUID.class),
                        rs.getString("prefix"),
                        rs.getString("kvk_nummer"),
                        rs.getString("omschrijving"),
                        rs.getObject("aangemaakt", OffsetDateTime.class).toInstant(),
                        rs.getString("aangemaakt_door"),
                        tijdstip(rs.getObject("ingetrokken", OffsetDateTime.class)),
                        tijdstip(rs.getObject("laatst_gebruikt", OffsetDateTime.class))))
                .list();
    }

    public void trekIn(UUID id) {
        jdbc.sql("update toegang.api_sleutel set ingetrokken = ? where id = ? and ingetrokken is null")
                .params(nu(), id)
                .update();
    }

    /** The KvK number the key is bound to, when the key exists and is not revoked. */
    public Optional<String> kvkNummerVan(String sleutel) {
        if (!sleutel.startsWith(VOORVOEGSEL) || sleutel.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("update toegang.api_sleutel set laatst_gebruikt = ? where hash = ? and ingetrokken is null "
                        + "returning kvk_nummer")
                .params(nu(), hash(sleutel))
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<String> zorgaanbiederVanApiSleutel() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Authenticatie a
                ? Optional.of(a.kvkNummer())
                : Optional.empty();
    }

    static String hash(String sleutel) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime nu() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private static @Nullable Instant tijdstip(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** A request authenticated with an API key: named after the provider it acts for. */
    static final class Authenticatie extends AbstractAuthenticationToken {
        private final String kvkNummer;

        Authenticatie(String kvkNummer) {
            super(AuthorityUtils.createAuthorityList(AUTORITEIT));
            this.kvkNummer = kvkNummer;
            setAuthenticated(true);
        }

        String kvkNummer() {
            return kvkNummer;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "api-sleutel:" + kvkNummer;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Authenticatie a && a.kvkNummer.equals(kvkNummer);
        }

        @Override
        public int hashCode() {
            return kvkNummer.hashCode();
        }
    }
}
