package nl.toezicht.toegang.aanmelden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The password rules of ASVS 5.0 section 6.2: at least 12 characters, up to 128 (so 64 and more are
 * allowed), any characters and no composition rules, not one of the 30,000 most common passwords (the
 * list of zxcvbn 4.4.2, MIT licence, see the list's header) and not built on a word of this context (the
 * application's name or the account's own name). Passwords never expire.
 */
public final class Wachtwoordbeleid {

    public static final int MINIMALE_LENGTE = 12;
    public static final int MAXIMALE_LENGTE = 128;
    static final String LIJST = "toegang/veelgebruikte-wachtwoorden.txt";
    private static final List<String> CONTEXTWOORDEN = List.of("toezicht", "inspectie", "igj");

    private final Set<String> veelgebruikt;

    public Wachtwoordbeleid() {
        this.veelgebruikt = lees();
    }

    /** The message keys of the rules the password breaks: empty when it is acceptable. */
    public List<String> overtredingen(String wachtwoord, String gebruikersnaam) {
        List<String> fouten = new ArrayList<>();
        int lengte = wachtwoord.codePointCount(0, wachtwoord.length());
        if (lengte < MINIMALE_LENGTE) {
            fouten.add("wachtwoord.te-kort");
        } else if (lengte > MAXIMALE_LENGTE) {
            fouten.add("wachtwoord.te-lang");
        }
        String klein = wachtwoord.toLowerCase(Locale.ROOT);
        if (veelgebruikt.contains(klein)) {
            fouten.add("wachtwoord.veelgebruikt");
        } else if (bevatContextwoord(klein, gebruikersnaam)) {
            fouten.add("wachtwoord.contextwoord");
        }
        return fouten;
    }

    int aantalVeelgebruikte() {
        return veelgebruikt.size();
    }

    private static boolean bevatContextwoord(String klein, String gebruikersnaam) {
        if (gebruikersnaam.length() >= 3 && klein.contains(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return CONTEXTWOORDEN.stream().anyMatch(klein::contains);
    }

    private static Set<String> lees() {
        Set<String> woorden = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Wachtwoordbeleid.class.getClassLoader().getResourceAsStream(LIJST), LIJST),
                StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = reader.readLine()) != null) {
                if (!regel.isBlank() && !regel.startsWith("#")) {
                    woorden.add(regel.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(woorden);
    }
}
