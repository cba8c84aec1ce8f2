package nl.toezicht.toegang;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.toezicht.kern.RequestIdFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends access-log entries in their own short transaction (so a denied attempt stays logged when the
 * caller's work rolls back), chained by SHA-256 to the previous entry under an advisory lock.
 */
@Service
class JdbcToegangslog implements Toegangslog {

    static final long KETTING_SLOT = 7513L;
    static final String BEGIN = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Medewerkers medewerkers;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;
    private final ObjectMapper json;

    JdbcToegangslog(
            JdbcClient jdbc,
            Medewerkers medewerkers,
            PlatformTransactionManager transacties,
            Clock clock,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.medewerkers = medewerkers;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void leg(Handeling handeling, boolean toegestaan, @Nullable String doel, List<Logobject> objecten) {
        Instant tijdstip = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String gebruiker = authentication == null
                        || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? "anoniem"
                : authentication.getName();
        Optional<Medewerker> medewerker = "anoniem".equals(gebruiker) ? Optional.empty() : medewerkers.vind(gebruiker);
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        String objectenJson = json.writeValueAsString(objecten.stream()
                .map(o -> o.patientPseudoniem() == null
                        ? java.util.Map.of("type", o.type(), "id", o.id())
                        : java.util.Map.of("type", o.type(), "id", o.id(), "patient", o.patientPseudoniem()))
                .toList());
        Regel regel = new Regel(
                UUID.randomUUID(),
                handeling.name(),
                tijdstip,
                toegestaan,
                gebruiker,
                medewerker.map(Medewerker::naam).orElse(null),
                medewerker.map(m -> m.rol().name()).orElse(null),
                medewerker
                        .map(m ->
                                m.afdelingen().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        .orElse(""),
                null,
                doel,
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader("User-Agent"),
                MDC.get(RequestIdFilter.MDC_KEY),
                objectenJson);
        eigenTransactie.executeWithoutResult(status -> voegToe(regel));
    }

    private void voegToe(Regel regel) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KETTING_SLOT).query().singleValue();
        record Laatste(long volgnummer, String hash) {}
        Laatste laatste = jdbc.sql("select volgnummer, hash from toegang.toegangslog order by volgnummer desc limit 1")
                .query((rs, i) -> new Laatste(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Laatste(0, BEGIN));
        long volgnummer = laatste.volgnummer() + 1;
        String hash = hash(laatste.hash(), volgnummer, regel);
        jdbc.sql("insert into toegang.toegangslog (volgnummer, id, handeling, tijdstip, toegestaan, gebruiker, "
                        + "gebruiker_naam, rol, afdelingen, namens, doel, ip, user_agent, request_id, objecten, "
                        + "vorige_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, "
                        + "?, ?, ?)")
                .params(
                        volgnummer,
                        regel.id(),
                        regel.handeling(),
                        java.sql.Timestamp.from(regel.tijdstip()),
                        regel.toegestaan(),
                        regel.gebruiker(),
                        regel.gebruikerNaam(),
                        regel.rol(),
                        regel.afdelingen(),
                        regel.namens(),
                        regel.doel(),
                        regel.ip(),
                        regel.userAgent(),
                        regel.requestId(),
                        regel.objecten(),
                        laatste.hash(),
                        hash)
                .update();
    }

    /** SHA-256 over the previous hash and every field of the entry, each field length-prefixed. */
    static String hash(String vorigeHash, long volgnummer, Regel regel) {
        StringBuilder s = new StringBuilder();
        for (Object veld : new Object[] {
            vorigeHash,
            volgnummer,
            regel.id(),
            regel.handeling(),
            regel.tijdstip().toEpochMilli(),
            regel.toegestaan(),
            regel.gebruiker(),
            regel.gebruikerNaam(),
            regel.rol(),
            regel.afdelingen(),
            regel.namens(),
            regel.doel(),
            regel.ip(),
            regel.userAgent(),
            regel.requestId(),
            regel.objecten()
        }) {
            String tekst = veld == null ? "\u0000" : veld.toString();
            s.append(tekst.length()).append(':').append(tekst).append('|');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Regel(
            UUID id,
            String handeling,
            Instant tijdstip,
            boolean toegestaan,
            String gebruiker,
            @Nullable String gebruikerNaam,
            @Nullable String rol,
            String afdelingen,
            @Nullable String namens,
            @Nullable String doel,
            @Nullable String ip,
            @Nullable String userAgent,
            @Nullable String requestId,
            String objecten) {}
}
