package nl.toezicht.logboek;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.toezicht.kern.RequestIdFilter;
import nl.toezicht.kern.Stuurtekens;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The access log as the application uses it: takes who, when, the access point and the request id from the
 * current request, hands the entry to the {@link Logschrijver} and waits until it is durably stored (an
 * access is never served without its entry; decision 0016); within a web request that wait is held back until
 * the response is about to leave ({@link UitgesteldWachten}). Denied attempts are written by the writer's own
 * transaction, so they stay when the caller's transaction rolls back. In a transaction that writes, the entry
 * is also awaited before that transaction commits: a change is never stored without its entry.
 */
class JdbcToegangslog implements Toegangslog {

    static final String ANONIEM = "anoniem";
    private static final int MAX_USER_AGENT = 512;

    private final Logschrijver schrijver;
    private final Clock clock;
    private final ObjectMapper json;

    JdbcToegangslog(Logschrijver schrijver, Clock clock, ObjectMapper json) {
        this.schrijver = schrijver;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void leg(Handeling handeling, boolean toegestaan, @Nullable String doel, List<Logobject> objecten) {
        // a refused attempt to break the glass is logged before any reason is judged
        if (handeling == Handeling.DOORBREKEN && toegestaan && (doel == null || doel.isBlank())) {
            throw new IllegalArgumentException("doorbreken zonder doel");
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        String userAgent = request == null ? null : request.getHeader("User-Agent");
        // what comes from outside is cleaned, never refused: the log must record the attempt, and one value
        // PostgreSQL refuses (U+0000) must not fail the entries written with it (decision 0016)
        Logschrijver.Aanvraag aanvraag = new Logschrijver.Aanvraag(
                UUID.randomUUID(),
                handeling.name(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                toegestaan,
                Stuurtekens.vervang(gebruiker()),
                null,
                Stuurtekens.vervang(doel),
                request == null ? null : request.getRemoteAddr(),
                Stuurtekens.vervang(
                        userAgent == null || userAgent.length() <= MAX_USER_AGENT
                                ? userAgent
                                : userAgent.substring(0, MAX_USER_AGENT)),
                MDC.get(RequestIdFilter.MDC_KEY),
                objectenJson(objecten));
        CompletableFuture<Long> klaar = schrijver.voegToe(aanvraag);
        UitgesteldWachten.Openstaand openstaand = request != null
                        && request.getAttribute(UitgesteldWachten.ATTRIBUUT) instanceof UitgesteldWachten.Openstaand o
                ? o
                : null;
        if (openstaand == null || !openstaand.neemtAan(klaar)) {
            UitgesteldWachten.wachtOp(klaar);
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a transaction that stores something commits only once the entries of its accesses are durable:
            // when the log fails or is too slow, the change rolls back with the request's error, instead of
            // being stored while the client is told it failed (and perhaps tries again)
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    openstaand.wachtNu(klaar);
                }
            });
        }
    }

    private String objectenJson(List<Logobject> objecten) {
        return json.writeValueAsString(objecten.stream()
                .map(o -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("type", Stuurtekens.vervang(o.type()));
                    m.put("id", Stuurtekens.vervang(o.id()));
                    if (o.patientPseudoniem() != null) {
                        m.put("patient", Stuurtekens.vervang(o.patientPseudoniem()));
                    }
                    return m;
                })
                .toList());
    }

    static String gebruiker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? ANONIEM
                : authentication.getName();
    }
}
