package nl.toezicht.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What intake staff do with the register: find, register, maintain and import providers. Reading is open to
 * all staff; changing is for intake and administrators ({@link Toegangsbeleid#eisRegisterBeheer()}).
 */
@Service
public class ZorgaanbiederBeheer {

    private final ZorgaanbiederRepository repository;
    private final ZorgaanbiederZoeker zoeker;
    private final Toegangsbeleid toegang;
    private final Clock clock;

    ZorgaanbiederBeheer(
            ZorgaanbiederRepository repository, ZorgaanbiederZoeker zoeker, Toegangsbeleid toegang, Clock clock) {
        this.repository = repository;
        this.zoeker = zoeker;
        this.toegang = toegang;
        this.clock = clock;
    }

    public Pagina<ZorgaanbiederSamenvatting> zoek(ZoekVraag vraag) {
        return zoeker.zoek(vraag);
    }

    @Transactional(readOnly = true)
    public Zorgaanbieder details(ZorgaanbiederId id) {
        return repository.findById(id.waarde()).orElseThrow(() -> new NietGevonden("object.zorgaanbieder", id));
    }

    /** For pages that only show the maintenance forms: refuses who may not maintain the register. */
    public void eisBeheer() {
        toegang.eis(RegisterRechten.BEHEREN);
    }

    @Transactional
    public Zorgaanbieder registreer(ZorgaanbiederGegevens gegevens) {
        toegang.eis(RegisterRechten.BEHEREN);
        Zorgaanbieder nieuw = Zorgaanbieder.registreer(gegevens, Instant.now(clock));
        eisUniekeKvk(nieuw, null);
        return bewaar(nieuw);
    }

    /** {@code versie}, when given, is the version the user saw: a change by someone else since is refused. */
    @Transactional
    public Zorgaanbieder wijzig(ZorgaanbiederId id, @Nullable Long versie, ZorgaanbiederGegevens gegevens) {
        toegang.eis(RegisterRechten.BEHEREN);
        Zorgaanbieder zorgaanbieder = details(id);
        if (versie != null && versie != zorgaanbieder.versie()) {
            throw new Weigering("zorgaanbieder.gewijzigd-door-ander");
        }
        zorgaanbieder.wijzig(gegevens, Instant.now(clock));
        eisUniekeKvk(zorgaanbieder, id);
        return bewaar(zorgaanbieder);
    }

    /**
     * Imports a CSV file in one transaction: all rows are judged first, and if any is wrong nothing is
     * stored. A KvK number already in the register updates that provider (name, AGB code, sectors) and adds
     * its locations that are new; see docs/register-import.md.
     */
    @Transactional
    public ImportVerslag importeer(byte[] inhoud) {
        toegang.eis(RegisterRechten.BEHEREN);
        List<CsvBestand.Rij> rijen = CsvBestand.lees(inhoud);
        Map<String, List<CsvBestand.Rij>> perKvk = new LinkedHashMap<>();
        rijen.forEach(r -> perKvk.computeIfAbsent(r.zorgaanbieder().kvkNummer(), k -> new ArrayList<>())
                .add(r));
        Instant nu = Instant.now(clock);
        int nieuw = 0;
        int bijgewerkt = 0;
        int nieuweLocaties = 0;
        List<ImportFout> fouten = new ArrayList<>();
        for (List<CsvBestand.Rij> vanEen : perKvk.values()) {
            CsvBestand.Rij eerste = vanEen.get(0);
            ZorgaanbiederGegevens gegevens = new ZorgaanbiederGegevens(
                    eerste.zorgaanbieder().naam(),
                    eerste.zorgaanbieder().kvkNummer(),
                    eerste.zorgaanbieder().agbCode(),
                    eerste.zorgaanbieder().sectoren(),
                    vanEen.stream().map(CsvBestand.Rij::locatie).toList());
            try {
                Optional<Zorgaanbieder> bestaand = repository.findByKvkNummer(gegevens.kvkNummer());
                if (bestaand.isPresent()) {
                    nieuweLocaties += bestaand.get().werkBijUitImport(gegevens, nu);
                    bewaar(bestaand.get());
                    bijgewerkt++;
                } else {
                    Zorgaanbieder zorgaanbieder = Zorgaanbieder.registreer(gegevens, nu);
                    bewaar(zorgaanbieder);
                    nieuw++;
                    nieuweLocaties += zorgaanbieder.locaties().size();
                }
            } catch (Weigering e) {
                // the rows were judged already; this is a rule only the aggregate knows
                fouten.add(ImportFout.op(eerste.regel(), CsvBestand.KVK, e.berichtSleutel(), e.argumenten()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new ImportGeweigerd(fouten, false);
        }
        return new ImportVerslag(rijen.size(), nieuw, bijgewerkt, nieuweLocaties);
    }

    private void eisUniekeKvk(Zorgaanbieder zorgaanbieder, @Nullable ZorgaanbiederId zelf) {
        String kvk = zorgaanbieder.kvkNummer().waarde();
        repository
                .findByKvkNummer(kvk)
                .filter(ander -> !ander.id().equals(zelf))
                .ifPresent(ander -> {
                    throw kvkBestaat(kvk);
                });
    }

    private Zorgaanbieder bewaar(Zorgaanbieder zorgaanbieder) {
        try {
            return repository.save(zorgaanbieder);
        } catch (RuntimeException e) {
            // Spring Data JDBC may wrap the cause; look for it in the chain
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof DuplicateKeyException) {
                    // two registrations of the same KvK number at the same moment: the database decides
                    throw kvkBestaat(zorgaanbieder.kvkNummer().waarde());
                }
                if (oorzaak instanceof OptimisticLockingFailureException) {
                    throw new Weigering("zorgaanbieder.gewijzigd-door-ander");
                }
            }
            throw e;
        }
    }

    private static Weigering kvkBestaat(String kvk) {
        return Weigering.opVeld("kvkNummer", "zorgaanbieder.kvk.bestaat", kvk);
    }
}
