package nl.toezicht.register;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.toezicht.kern.Bulklading;
import nl.toezicht.kern.CopyRegels;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes care providers with their locations in bulk: the history import and the demo data (decision
 * 0030). The owner's code for its tables, with COPY, in the caller's transaction. The caller has judged the
 * providers (the import: {@link Zorgaanbieder#registreer}) and made sure their KvK numbers are free
 * ({@link #kvkNummersInGebruik}); the database checks its constraints, the KvK number's uniqueness
 * included.
 */
@Component
public class Zorgaanbiederlader {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    /** A bean; public so that a test can load into another database of the same schema. */
    public Zorgaanbiederlader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A location to load, its postcode as the register stores it ({@code 1234AB}). */
    public record Bulklocatie(
            LocatieId id, @Nullable String naam, String adres, String postcode, String plaats, String gemeente) {}

    /** A provider to load with its locations (in their order), created at {@code aangemaaktOp}. */
    public record Bulkzorgaanbieder(
            ZorgaanbiederId id,
            String naam,
            String kvkNummer,
            @Nullable String agbCode,
            List<Zorgsector> sectoren,
            Instant aangemaaktOp,
            List<Bulklocatie> locaties) {

        public Bulkzorgaanbieder {
            sectoren = List.copyOf(sectoren);
            locaties = List.copyOf(locaties);
        }

        /** A provider as {@link Zorgaanbieder#registreer} made it: its sectors in name order. */
        public static Bulkzorgaanbieder van(Zorgaanbieder z) {
            return new Bulkzorgaanbieder(
                    z.id(),
                    z.naam(),
                    z.kvkNummer().waarde(),
                    z.agbCode(),
                    z.sectoren().stream()
                            .sorted(java.util.Comparator.comparing(Enum::name))
                            .toList(),
                    z.aangemaaktOp(),
                    z.locaties().stream()
                            .map(l -> new Bulklocatie(
                                    l.id(), l.naam(), l.adres(), l.postcode().waarde(), l.plaats(), l.gemeente()))
                            .toList());
        }
    }

    /** Writes these providers and their locations with COPY in the current transaction (required). */
    public void schrijf(List<Bulkzorgaanbieder> zorgaanbieders) {
        Bulklading.vereisTransactie();
        if (zorgaanbieders.isEmpty()) {
            return;
        }
        CopyRegels aanbieders = new CopyRegels("register.zorgaanbieder (id, naam, kvk_nummer, agb_code, sectoren,"
                + " version, aangemaakt_op, gewijzigd_op)");
        CopyRegels locaties = new CopyRegels(
                "register.locatie (id, zorgaanbieder, volgnummer, naam, adres, postcode, plaats, gemeente)");
        for (Bulkzorgaanbieder z : zorgaanbieders) {
            aanbieders
                    .id(z.id().waarde())
                    .tekst(z.naam())
                    .tekst(z.kvkNummer())
                    .tekst(z.agbCode())
                    .lijst(z.sectoren().stream().map(Enum::name).toList())
                    .getal(0)
                    .moment(z.aangemaaktOp())
                    .moment(z.aangemaaktOp())
                    .eindeRegel();
            for (int volgnummer = 0; volgnummer < z.locaties().size(); volgnummer++) {
                Bulklocatie l = z.locaties().get(volgnummer);
                locaties.id(l.id().waarde())
                        .id(z.id().waarde())
                        .getal(volgnummer)
                        .tekst(l.naam())
                        .tekst(l.adres())
                        .tekst(l.postcode())
                        .tekst(l.plaats())
                        .tekst(l.gemeente())
                        .eindeRegel();
            }
        }
        Bulklading.kopieer(dataSource, aanbieders, locaties);
    }

    /** True when the register holds no provider at all (the demo data fill an empty database only). */
    public boolean isLeeg() {
        return !jdbc.sql("select exists (select 1 from register.zorgaanbieder)")
                .query(Boolean.class)
                .single();
    }

    /** Every KvK number in the register, to choose new ones that are free (the demo data). */
    public Set<String> kvkNummersInGebruik() {
        return new HashSet<>(jdbc.sql("select kvk_nummer from register.zorgaanbieder")
                .query(String.class)
                .list());
    }

    /** The names of the providers in the register, so that a generator can keep new ones apart from them. */
    public Set<String> namenInGebruik() {
        return new HashSet<>(jdbc.sql("select naam from register.zorgaanbieder")
                .query(String.class)
                .list());
    }

    /** Fresh planner statistics after a large load (outside any transaction: VACUUM cannot run inside one). */
    public void analyseer() {
        Bulklading.analyseer(dataSource, "register.zorgaanbieder, register.locatie");
    }
}
