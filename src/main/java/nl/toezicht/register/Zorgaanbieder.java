package nl.toezicht.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A care provider in the register, with its locations. It guards its own rules: a valid KvK number, at
 * least one sector and one location, and locations that keep their id once given. That a KvK number is
 * unique across the register is checked by the service (and the database).
 */
@Table(schema = "register", name = "zorgaanbieder")
public class Zorgaanbieder {

    static final int MAX_NAAM = 300;

    @Id
    private final UUID id;

    private String naam;
    private String kvkNummer;
    private @Nullable String agbCode;
    private String[] sectoren;

    @MappedCollection(idColumn = "zorgaanbieder", keyColumn = "volgnummer")
    private List<Locatie> locaties;

    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Zorgaanbieder(
            UUID id,
            String naam,
            String kvkNummer,
            @Nullable String agbCode,
            String[] sectoren,
            List<Locatie> locaties,
            Instant aangemaaktOp,
            Instant gewijzigdOp,
            @Nullable Long version) {
        this.id = id;
        this.naam = naam;
        this.kvkNummer = kvkNummer;
        this.agbCode = agbCode;
        this.sectoren = sectoren;
        this.locaties = new ArrayList<>(locaties);
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.version = version;
    }

    /**
     * A new provider as the register would take it in, judged and normalised (KvK number, AGB code,
     * sectors, postcodes), with new ids; not stored. Public for the bulk import of past providers, which
     * writes the result with COPY; uniqueness of the KvK number is the caller's to check.
     */
    public static Zorgaanbieder registreer(ZorgaanbiederGegevens gegevens, Instant nu) {
        Zorgaanbieder nieuw = new Zorgaanbieder(
                ZorgaanbiederId.nieuw().waarde(), "", "", null, new String[0], List.of(), nu, nu, null);
        nieuw.neemKernOver(gegevens);
        List<LocatieGegevens> locaties = gegevens.locaties();
        for (int i = 0; i < locaties.size(); i++) {
            if (locaties.get(i).id() != null) {
                throw Weigering.opVeld("locaties[" + i + "].id", "zorgaanbieder.locatie.onbekend");
            }
            nieuw.locaties.add(Locatie.nieuw(locaties.get(i), "locaties[" + i + "]"));
        }
        nieuw.eisLocatie();
        return nieuw;
    }

    /**
     * Maintenance: the data as now entered. Existing locations are recognised by their id and keep it;
     * a location that is left out is refused, since notifications may refer to it.
     */
    void wijzig(ZorgaanbiederGegevens gegevens, Instant nu) {
        neemKernOver(gegevens);
        List<LocatieGegevens> nieuweStand = gegevens.locaties();
        Set<LocatieId> genoemd = new HashSet<>();
        List<Locatie> resultaat = new ArrayList<>();
        for (int i = 0; i < nieuweStand.size(); i++) {
            LocatieGegevens g = nieuweStand.get(i);
            String veld = "locaties[" + i + "]";
            if (g.id() == null) {
                resultaat.add(Locatie.nieuw(g, veld));
                continue;
            }
            Locatie bestaand = locaties.stream()
                    .filter(l -> l.id().equals(g.id()))
                    .findFirst()
                    .orElseThrow(() -> Weigering.opVeld(veld + ".id", "zorgaanbieder.locatie.onbekend"));
            if (!genoemd.add(g.id())) {
                throw Weigering.opVeld(veld + ".id", "zorgaanbieder.locatie.dubbel");
            }
            bestaand.neemOver(g, veld);
            resultaat.add(bestaand);
        }
        if (genoemd.size() < locaties.size()) {
            throw Weigering.opVeld("locaties", "zorgaanbieder.locatie.verwijderen");
        }
        locaties = resultaat;
        eisLocatie();
        gewijzigdOp = nu;
    }

    /**
     * An import row set for this provider: its name, AGB code and sectors as the file says, and the
     * locations the register does not have yet (recognised by postcode and address). Locations missing from
     * the file stay: a file is often a part of the country. Returns how many locations were added.
     */
    int werkBijUitImport(ZorgaanbiederGegevens gegevens, Instant nu) {
        neemKernOver(gegevens);
        int toegevoegd = 0;
        for (LocatieGegevens g : gegevens.locaties()) {
            if (locaties.stream().noneMatch(l -> l.isZelfdeAdres(g))) {
                locaties.add(Locatie.nieuw(g, "locaties[" + locaties.size() + "]"));
                toegevoegd++;
            }
        }
        gewijzigdOp = nu;
        return toegevoegd;
    }

    private void neemKernOver(ZorgaanbiederGegevens gegevens) {
        this.naam = Locatie.verplicht(gegevens.naam(), "naam", MAX_NAAM);
        this.kvkNummer = KvkNummer.van(gegevens.kvkNummer()).waarde();
        String agb = gegevens.agbCode() == null ? "" : gegevens.agbCode().strip();
        if (!agb.isEmpty() && !agb.matches("[0-9]{8}")) {
            throw Weigering.opVeld("agbCode", "zorgaanbieder.agb.ongeldig");
        }
        this.agbCode = agb.isEmpty() ? null : agb;
        if (gegevens.sectoren().isEmpty()) {
            throw Weigering.opVeld("sectoren", "zorgaanbieder.sectoren.verplicht");
        }
        this.sectoren =
                EnumSet.copyOf(gegevens.sectoren()).stream().map(Enum::name).toArray(String[]::new);
    }

    private void eisLocatie() {
        if (locaties.isEmpty()) {
            throw Weigering.opVeld("locaties", "zorgaanbieder.locaties.verplicht");
        }
    }

    public ZorgaanbiederId id() {
        return new ZorgaanbiederId(id);
    }

    public String naam() {
        return naam;
    }

    public KvkNummer kvkNummer() {
        return new KvkNummer(kvkNummer);
    }

    public @Nullable String agbCode() {
        return agbCode;
    }

    public Set<Zorgsector> sectoren() {
        return Arrays.stream(sectoren)
                .map(Zorgsector::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Zorgsector.class)));
    }

    public List<Locatie> locaties() {
        return Collections.unmodifiableList(locaties);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    /** For optimistic locking in forms: the version the user saw. */
    public long versie() {
        return version == null ? 0 : version;
    }

    public ZorgaanbiederSamenvatting samenvatting() {
        return new ZorgaanbiederSamenvatting(
                id(),
                naam,
                kvkNummer,
                agbCode,
                sectoren(),
                locaties.stream()
                        .map(l -> new ZorgaanbiederSamenvatting.LocatieSamenvatting(
                                l.id(), l.naam(), l.adres(), l.postcode().waarde(), l.plaats()))
                        .toList());
    }
}
