package nl.toezicht.register;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A site of a provider. Part of the {@link Zorgaanbieder} aggregate; its rows are rewritten on every save,
 * but its {@link LocatieId} stays the same for life, because notifications and cases refer to it.
 */
@Table(schema = "register", name = "locatie")
public class Locatie {

    static final int MAX_TEKST = 300;
    static final int MAX_PLAATS = 100;

    private final UUID id;
    private @Nullable String naam;
    private String adres;
    private String postcode;
    private String plaats;
    private String gemeente;

    @PersistenceCreator
    Locatie(UUID id, @Nullable String naam, String adres, String postcode, String plaats, String gemeente) {
        this.id = id;
        this.naam = naam;
        this.adres = adres;
        this.postcode = postcode;
        this.plaats = plaats;
        this.gemeente = gemeente;
    }

    /** A new location; {@code veld} prefixes the field names of refusals, e.g. {@code locaties[2]}. */
    static Locatie nieuw(LocatieGegevens gegevens, String veld) {
        Locatie locatie = new Locatie(LocatieId.nieuw().waarde(), null, "", "", "", "");
        locatie.neemOver(gegevens, veld);
        return locatie;
    }

    void neemOver(LocatieGegevens gegevens, String veld) {
        this.naam = optioneel(gegevens.naam(), veld + ".naam", MAX_TEKST);
        this.adres = verplicht(gegevens.adres(), veld + ".adres", MAX_TEKST);
        try {
            this.postcode = Postcode.van(gegevens.postcode()).waarde();
        } catch (Weigering e) {
            throw Weigering.opVeld(veld + ".postcode", e.berichtSleutel());
        }
        this.plaats = verplicht(gegevens.plaats(), veld + ".plaats", MAX_PLAATS);
        this.gemeente = verplicht(gegevens.gemeente(), veld + ".gemeente", MAX_PLAATS);
    }

    /** The same site, as far as an import can tell: same postcode and same street address. */
    boolean isZelfdeAdres(LocatieGegevens gegevens) {
        return Postcode.isGeldig(gegevens.postcode())
                && Postcode.van(gegevens.postcode()).waarde().equals(postcode)
                && gegevens.adres() != null
                && vergelijkbaar(gegevens.adres()).equals(vergelijkbaar(adres));
    }

    static String verplicht(@Nullable String tekst, String veld, int max) {
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.isEmpty()) {
            throw Weigering.opVeld(veld, "zorgaanbieder.veld.verplicht");
        }
        if (schoon.length() > max) {
            throw Weigering.opVeld(veld, "zorgaanbieder.veld.te-lang", max);
        }
        return schoon;
    }

    static @Nullable String optioneel(@Nullable String tekst, String veld, int max) {
        return tekst == null || tekst.isBlank() ? null : verplicht(tekst, veld, max);
    }

    private static String vergelijkbaar(String adres) {
        return adres.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public LocatieId id() {
        return new LocatieId(id);
    }

    public @Nullable String naam() {
        return naam;
    }

    public String adres() {
        return adres;
    }

    public Postcode postcode() {
        return new Postcode(postcode);
    }

    public String plaats() {
        return plaats;
    }

    public String gemeente() {
        return gemeente;
    }
}
