package nl.toezicht.register.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.Locatie;
import nl.toezicht.register.Zorgaanbieder;
import org.jspecify.annotations.Nullable;

/**
 * The maintenance form as typed, kept as typed when it is shown again with errors. Empty location rows are
 * offered for new locations and ignored when left empty.
 */
public class ZorgaanbiederFormulier {

    static final int LEGE_LOCATIES = 2;

    @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
    @Size(max = 300, message = "{zorgaanbieder.validatie.te-lang}")
    private String naam = "";

    @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
    @Pattern(regexp = "^\\s*$|" + KvkNummer.PATROON, message = "{zorgaanbieder.kvk.ongeldig}")
    private String kvkNummer = "";

    @Pattern(regexp = "^\\s*([0-9]{8})?\\s*$", message = "{zorgaanbieder.agb.ongeldig}")
    private String agbCode = "";

    @NotEmpty(message = "{zorgaanbieder.sectoren.verplicht}")
    private Set<Zorgsector> sectoren = EnumSet.noneOf(Zorgsector.class);

    private List<LocatieFormulier> locaties = new ArrayList<>();

    private @Nullable Long versie;

    static ZorgaanbiederFormulier leeg() {
        ZorgaanbiederFormulier formulier = new ZorgaanbiederFormulier();
        formulier.vulAanMetLegeLocaties();
        return formulier;
    }

    static ZorgaanbiederFormulier van(Zorgaanbieder z) {
        ZorgaanbiederFormulier formulier = new ZorgaanbiederFormulier();
        formulier.naam = z.naam();
        formulier.kvkNummer = z.kvkNummer().waarde();
        formulier.agbCode = z.agbCode() == null ? "" : z.agbCode();
        formulier.sectoren = EnumSet.copyOf(z.sectoren());
        for (Locatie l : z.locaties()) {
            LocatieFormulier lf = new LocatieFormulier();
            lf.setId(l.id().toString());
            lf.setNaam(l.naam() == null ? "" : l.naam());
            lf.setAdres(l.adres());
            lf.setPostcode(l.postcode().weergave());
            lf.setPlaats(l.plaats());
            lf.setGemeente(l.gemeente());
            formulier.locaties.add(lf);
        }
        formulier.versie = z.versie();
        formulier.vulAanMetLegeLocaties();
        return formulier;
    }

    void vulAanMetLegeLocaties() {
        long leeg = locaties.stream().filter(LocatieFormulier::isLeeg).count();
        for (long i = leeg; i < LEGE_LOCATIES; i++) {
            locaties.add(new LocatieFormulier());
        }
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getKvkNummer() {
        return kvkNummer;
    }

    public void setKvkNummer(String kvkNummer) {
        this.kvkNummer = kvkNummer;
    }

    public String getAgbCode() {
        return agbCode;
    }

    public void setAgbCode(String agbCode) {
        this.agbCode = agbCode;
    }

    public Set<Zorgsector> getSectoren() {
        return sectoren;
    }

    public void setSectoren(Set<Zorgsector> sectoren) {
        this.sectoren = sectoren;
    }

    public List<LocatieFormulier> getLocaties() {
        return locaties;
    }

    public void setLocaties(List<LocatieFormulier> locaties) {
        this.locaties = locaties;
    }

    public @Nullable Long getVersie() {
        return versie;
    }

    public void setVersie(@Nullable Long versie) {
        this.versie = versie;
    }

    /** One location row; a row with an id is an existing location. */
    public static class LocatieFormulier {
        private String id = "";
        private String naam = "";
        private String adres = "";
        private String postcode = "";
        private String plaats = "";
        private String gemeente = "";

        boolean isLeeg() {
            return id.isBlank()
                    && naam.isBlank()
                    && adres.isBlank()
                    && postcode.isBlank()
                    && plaats.isBlank()
                    && gemeente.isBlank();
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id == null ? "" : id;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam == null ? "" : naam;
        }

        public String getAdres() {
            return adres;
        }

        public void setAdres(String adres) {
            this.adres = adres == null ? "" : adres;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode == null ? "" : postcode;
        }

        public String getPlaats() {
            return plaats;
        }

        public void setPlaats(String plaats) {
            this.plaats = plaats == null ? "" : plaats;
        }

        public String getGemeente() {
            return gemeente;
        }

        public void setGemeente(String gemeente) {
            this.gemeente = gemeente == null ? "" : gemeente;
        }
    }
}
