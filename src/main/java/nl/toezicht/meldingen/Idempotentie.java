package nl.toezicht.meldingen;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remembers the answer given for an idempotency key, so a retry gets the same answer and stores nothing.
 * The primary key on the key decides between concurrent retries: exactly one insert wins.
 */
@Component
class Idempotentie {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Idempotentie(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The earlier answer for this key; refuses (422) when the key came with another request. */
    Optional<Ontvangst> eerder(String sleutel, String verzoekHash) {
        return jdbc.sql("select verzoek_hash, antwoord from meldingen.idempotentie_sleutel where sleutel = ?")
                .param(sleutel)
                .query((rs, i) -> {
                    if (!rs.getString("verzoek_hash").equals(verzoekHash)) {
                        throw Weigering.opVeld("Idempotency-Key", "melding.idempotentie.ander-verzoek");
                    }
                    return lees(rs.getString("antwoord"));
                })
                .optional();
    }

    /** False when another request already holds the key (it waits for that one to commit or roll back). */
    boolean leg(String sleutel, String verzoekHash, Ontvangst ontvangst, Instant op) {
        return jdbc.sql("insert into meldingen.idempotentie_sleutel "
                                + "(sleutel, verzoek_hash, melding_id, antwoord, aangemaakt_op) values (?, ?, ?, ?, ?) "
                                + "on conflict (sleutel) do nothing")
                        .params(
                                sleutel,
                                verzoekHash,
                                ontvangst.id().waarde(),
                                schrijf(ontvangst),
                                java.sql.Timestamp.from(op))
                        .update()
                == 1;
    }

    /**
     * Forgets keys older than the retry window. The remembered answer holds the status token, so it is
     * not kept longer than a client could reasonably retry.
     */
    int vergeet(Instant ouderDan) {
        return jdbc.sql("delete from meldingen.idempotentie_sleutel where aangemaakt_op < ?")
                .param(java.sql.Timestamp.from(ouderDan))
                .update();
    }

    private String schrijf(Ontvangst o) {
        return json.writeValueAsString(
                new Opgeslagen(o.id().waarde(), o.referentie(), o.status().name(), o.statusToken()));
    }

    private Ontvangst lees(String antwoord) {
        Opgeslagen o = json.readValue(antwoord, Opgeslagen.class);
        return new Ontvangst(new MeldingId(o.id()), o.referentie(), Meldingstatus.valueOf(o.status()), o.statusToken());
    }

    private record Opgeslagen(UUID id, String referentie, String status, String statusToken) {}
}
