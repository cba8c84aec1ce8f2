package nl.toezicht.register;

import java.util.regex.Pattern;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * The number under which the Chamber of Commerce (KvK) registers a provider: exactly eight digits. Providers
 * identify themselves by it when they report, so it is unique in the register.
 */
public record KvkNummer(String waarde) {

    /** For Bean Validation at the edge; the same rule as {@link #isGeldig}. */
    public static final String PATROON = "^(?!00000000$)[0-9]{8}$";

    private static final Pattern GELDIG = Pattern.compile(PATROON);

    public KvkNummer {
        if (!isGeldig(waarde)) {
            throw Weigering.opVeld("kvkNummer", "zorgaanbieder.kvk.ongeldig");
        }
    }

    /** Surrounding spaces are forgiven; anything else that is not eight digits is refused. */
    public static KvkNummer van(@Nullable String tekst) {
        return new KvkNummer(tekst == null ? "" : tekst.strip());
    }

    public static boolean isGeldig(@Nullable String tekst) {
        return tekst != null && GELDIG.matcher(tekst).matches();
    }

    @Override
    public String toString() {
        return waarde;
    }
}
