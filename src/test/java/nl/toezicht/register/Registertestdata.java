package nl.toezicht.register;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Zorgaanbiederlader.Bulklocatie;
import nl.toezicht.register.Zorgaanbiederlader.Bulkzorgaanbieder;
import org.springframework.transaction.support.TransactionOperations;

/**
 * For tests of other modules: providers in the register, written through the register's own bulk writer
 * (no test writes the register's tables itself), each with its own KvK number, created now by the
 * application's clock (the test clock).
 */
public final class Registertestdata {

    private final Zorgaanbiederlader lader;
    private final TransactionOperations transacties;
    private final Clock klok;

    public Registertestdata(Zorgaanbiederlader lader, TransactionOperations transacties, Clock klok) {
        this.lader = lader;
        this.transacties = transacties;
        this.klok = klok;
    }

    /** A provider loaded in bulk, with its KvK number. */
    public record Bulkopgeslagen(ZorgaanbiederId zorgaanbieder, String kvkNummer) {}

    /**
     * {@code aantal} providers in one COPY, created at {@code aangemaaktOp} (a test of a reporting year chooses a
     * moment no other test's providers have), named "{@code woord} n", with consecutive KvK numbers nobody uses.
     */
    public List<Bulkopgeslagen> zorgaanbieders(int aantal, java.time.Instant aangemaaktOp, String woord) {
        java.util.Set<String> bezet = lader.kvkNummersInGebruik();
        int nummer =
                10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(80_000_000);
        List<Bulkzorgaanbieder> nieuw = new java.util.ArrayList<>();
        while (nieuw.size() < aantal) {
            String kvk = String.format("%08d", nummer++ % 100_000_000);
            if (bezet.contains(kvk) || !KvkNummer.isGeldig(kvk)) {
                continue;
            }
            nieuw.add(new Bulkzorgaanbieder(
                    new ZorgaanbiederId(UUID.randomUUID()),
                    woord + " " + (nieuw.size() + 1),
                    kvk,
                    null,
                    List.of(Zorgsector.VERZORGING_EN_VERPLEGING),
                    aangemaaktOp,
                    List.of(new Bulklocatie(
                            new LocatieId(UUID.randomUUID()),
                            null,
                            "Lindelaan " + (nieuw.size() + 1),
                            "3511AB",
                            "Utrecht",
                            "Utrecht"))));
        }
        transacties.executeWithoutResult(t -> lader.schrijf(nieuw));
        return nieuw.stream()
                .map(z -> new Bulkopgeslagen(z.id(), z.kvkNummer()))
                .toList();
    }

    /** A provider in the register with one location (in Utrecht). */
    public record Opgeslagen(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {}

    /** KvK number of the provider the demo care-provider account acts for ({@code DemoMedewerkers}). */
    public static final String DEMO_KVK_NUMMER = "90000001";

    /** The demo account's provider, "Zorggroep Demo", in the register unless it is there already. */
    public void demoZorgaanbieder() {
        if (!lader.kvkNummersInGebruik().contains(DEMO_KVK_NUMMER)) {
            zorgaanbieder("Zorggroep Demo", DEMO_KVK_NUMMER, Zorgsector.VERZORGING_EN_VERPLEGING);
        }
    }

    public Opgeslagen zorgaanbieder(String naam, Zorgsector sector) {
        return zorgaanbieder(naam, Zorgaanbieders.uniekKvkNummer(), sector);
    }

    private Opgeslagen zorgaanbieder(String naam, String kvkNummer, Zorgsector sector) {
        Bulkzorgaanbieder z = new Bulkzorgaanbieder(
                new ZorgaanbiederId(UUID.randomUUID()),
                naam,
                kvkNummer,
                null,
                List.of(sector),
                klok.instant(),
                List.of(new Bulklocatie(
                        new LocatieId(UUID.randomUUID()),
                        "Hoofdlocatie",
                        "Lindelaan 1",
                        "3511AB",
                        "Utrecht",
                        "Utrecht")));
        transacties.executeWithoutResult(t -> lader.schrijf(List.of(z)));
        return new Opgeslagen(z.id(), z.locaties().get(0).id());
    }
}
