package nl.toezicht.koppelingen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The event log as a partner pages through it: the events its subscription may receive, after its cursor,
 * oldest first, as CloudEvents. Independent of delivery: a partner whose endpoint was down catches up here.
 */
@Service
public class Partnerlog {

    public static final int STANDAARD_LIMIET = 100;
    public static final int HOOGSTENS = 1000;

    private final Abonnementen abonnementen;
    private final Gebeurtenislog log;
    private final Cloudevents cloudevents;

    Partnerlog(Abonnementen abonnementen, Gebeurtenislog log, Cloudevents cloudevents) {
        this.abonnementen = abonnementen;
        this.log = log;
        this.cloudevents = cloudevents;
    }

    /** The subscription of the current request's partner key, if any. */
    public @Nullable UUID partner() {
        return Partnersleutels.huidig().orElse(null);
    }

    /**
     * One page as JSON: {@code {"gebeurtenissen": [CloudEvent, ...], "volgende": "<cursor>"}}, where
     * {@code volgende} is the cursor for the next page (the same as {@code na} when nothing new has come).
     */
    public byte[] pagina(UUID abonnementId, @Nullable String na, int limiet) {
        Abonnement abonnement = abonnementen.vind(abonnementId);
        Positie vanaf = na == null
                ? new Positie(java.math.BigInteger.ZERO, 0)
                : Positie.lees(na).orElseThrow(() -> Weigering.opVeld("na", "gebeurtenissen.na.ongeldig"));
        List<Gebeurtenis> gebeurtenissen = log.na(abonnement, vanaf, limiet);
        Positie volgende = gebeurtenissen.isEmpty()
                ? vanaf
                : gebeurtenissen.get(gebeurtenissen.size() - 1).positie();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.writeBytes("{\"gebeurtenissen\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < gebeurtenissen.size(); i++) {
            if (i > 0) {
                uit.write(',');
            }
            uit.writeBytes(cloudevents.json(gebeurtenissen.get(i)));
        }
        uit.writeBytes(("],\"volgende\":\"" + volgende.cursor() + "\"}").getBytes(StandardCharsets.UTF_8));
        return uit.toByteArray();
    }
}
