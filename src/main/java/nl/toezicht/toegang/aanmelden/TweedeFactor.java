package nl.toezicht.toegang.aanmelden;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import nl.toezicht.toegang.Patientgegevens;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The TOTP second factor (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, as every authenticator app
 * reads them). Secrets are stored encrypted with the application's AES-GCM keys; a code is accepted in
 * the step before, at or after now (clock drift) and only once: a step once used cannot be used again.
 */
@Component
public class TweedeFactor {

    static final int PERIODE_SECONDEN = 30;
    private static final String UITGEVER = "Toezicht";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Patientgegevens versleuteling;
    private final boolean verplicht;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final DefaultSecretGenerator geheimen = new DefaultSecretGenerator(32);

    TweedeFactor(JdbcClient jdbc, Clock clock, Patientgegevens versleuteling, AanmeldProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versleuteling = versleuteling;
        this.verplicht = properties.totpVerplicht();
    }

    /**
     * Whether this login needs a code after the password: always once the account has a secret, and for
     * staff when the configuration requires it (care-provider users may choose to set one up).
     */
    public boolean nodig(String gebruikersnaam, Rol rol) {
        return ingesteld(gebruikersnaam) || (verplicht && rol != Rol.ZORGAANBIEDER);
    }

    public boolean ingesteld(String gebruikersnaam) {
        return versleuteldGeheim(gebruikersnaam).isPresent();
    }

    /** A new random secret (160 bits, base32), not yet stored: shown once for the authenticator app. */
    public String nieuwGeheim() {
        return geheimen.generate();
    }

    /** The enrolment QR code (PNG) of the {@code otpauth://} URI for this account and secret. */
    public byte[] qrCode(String gebruikersnaam, String geheim) {
        QrData data = new QrData.Builder()
                .label(gebruikersnaam)
                .secret(geheim)
                .issuer(UITGEVER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIODE_SECONDEN)
                .build();
        try {
            return new ZxingPngQrGenerator().generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code", e);
        }
    }

    /** Stores the secret once the user proved with a code that their app has it. */
    public boolean stelIn(String gebruikersnaam, String geheim, String code) {
        OptionalLong stap = stapVan(geheim, code, null);
        if (stap.isEmpty()) {
            return false;
        }
        return jdbc.sql("update toegang.medewerker set totp_geheim = ?, totp_laatste_stap = ? where gebruikersnaam = ?")
                        .params(versleuteling.versleutel(geheim), stap.getAsLong(), gebruikersnaam)
                        .update()
                > 0;
    }

    /** Checks a code against the account's secret and uses up its time step. */
    public boolean controleer(String gebruikersnaam, String code) {
        Optional<String> versleuteld = versleuteldGeheim(gebruikersnaam);
        if (versleuteld.isEmpty()) {
            return false;
        }
        Long laatste = jdbc.sql("select totp_laatste_stap from toegang.medewerker where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query(Long.class)
                .optional()
                .orElse(null);
        OptionalLong stap = stapVan(versleuteling.ontsleutel(versleuteld.get()), code, laatste);
        // the update only wins when no other request used this step or a later one in the meantime
        return stap.isPresent()
                && jdbc.sql("update toegang.medewerker set totp_laatste_stap = ? where gebruikersnaam = ? "
                                        + "and (totp_laatste_stap is null or totp_laatste_stap < ?)")
                                .params(stap.getAsLong(), gebruikersnaam, stap.getAsLong())
                                .update()
                        > 0;
    }

    /** Removes the second factor (an administrator resets a lost phone); the next login sets up a new one. */
    public void verwijder(String gebruikersnaam) {
        jdbc.sql("update toegang.medewerker set totp_geheim = null, totp_laatste_stap = null where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .update();
    }

    private OptionalLong stapVan(String geheim, String code, @Nullable Long laatsteStap) {
        String schoon = code.replace(" ", "");
        if (!schoon.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long nu = clock.millis() / 1000 / PERIODE_SECONDEN;
        for (long stap = nu - 1; stap <= nu + 1; stap++) {
            if (laatsteStap != null && stap <= laatsteStap) {
                continue;
            }
            if (gelijk(code(geheim, stap), schoon)) {
                return OptionalLong.of(stap);
            }
        }
        return OptionalLong.empty();
    }

    String code(String geheim, long stap) {
        try {
            return codes.generate(geheim, stap);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP", e);
        }
    }

    private static boolean gelijk(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> versleuteldGeheim(String gebruikersnaam) {
        return jdbc.sql(
                        "select totp_geheim from toegang.medewerker where gebruikersnaam = ? and totp_geheim is not null")
                .param(gebruikersnaam)
                .query(String.class)
                .optional();
    }
}
