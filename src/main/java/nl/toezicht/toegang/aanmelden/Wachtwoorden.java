package nl.toezicht.toegang.aanmelden;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in user changes their own password: the current one, then a new one that meets the rules. */
@Component
public class Wachtwoorden {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Wachtwoordbeleid beleid = new Wachtwoordbeleid();
    private final Clock clock;

    Wachtwoorden(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Whether the account has a local password (accounts of the identity provider have none here). */
    public boolean heeftWachtwoord(String gebruikersnaam) {
        return jdbc.sql(
                                "select count(*) from toegang.medewerker where gebruikersnaam = ? and wachtwoord_hash is not null")
                        .param(gebruikersnaam)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Whether the account's password was set by an administrator (a new account, a reset) and must be changed
     * before its owner does anything else.
     */
    public boolean moetWijzigen(String gebruikersnaam) {
        return jdbc.sql("select count(*) from toegang.medewerker where gebruikersnaam = ? and wachtwoord_wijzigen")
                        .param(gebruikersnaam)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The message keys of the rules a password breaks for this account; empty when it is acceptable. */
    public List<String> overtredingen(String wachtwoord, String gebruikersnaam) {
        return beleid.overtredingen(wachtwoord, gebruikersnaam);
    }

    /**
     * Changes the password, or returns per field the message key of what is wrong (nothing is changed
     * then). Fields: {@code huidig}, {@code nieuw}, {@code herhaling}.
     */
    @Transactional
    public Map<String, String> wijzig(String gebruikersnaam, String huidig, String nieuw, String herhaling) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String hash = jdbc.sql("select wachtwoord_hash from toegang.medewerker where gebruikersnaam = ? for update")
                .param(gebruikersnaam)
                .query(String.class)
                .optional()
                .orElse(null);
        if (hash == null || !encoder.matches(huidig, hash)) {
            fouten.put("huidig", "wachtwoord.huidig.onjuist");
        }
        beleid.overtredingen(nieuw, gebruikersnaam).stream().findFirst().ifPresent(f -> fouten.put("nieuw", f));
        if (!fouten.containsKey("nieuw") && nieuw.equals(huidig)) {
            fouten.put("nieuw", "wachtwoord.zelfde");
        }
        if (!nieuw.equals(herhaling)) {
            fouten.put("herhaling", "wachtwoord.herhaling.anders");
        }
        if (fouten.isEmpty()) {
            jdbc.sql("update toegang.medewerker set wachtwoord_hash = ?, wachtwoord_gewijzigd = ?, "
                            + "wachtwoord_wijzigen = false where gebruikersnaam = ?")
                    .params(
                            encoder.encode(nieuw),
                            OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC),
                            gebruikersnaam)
                    .update();
        }
        return fouten;
    }
}
