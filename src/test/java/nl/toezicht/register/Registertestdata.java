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

    /** A provider in the register with one location (in Utrecht). */
    public record Opgeslagen(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {}

    public Opgeslagen zorgaanbieder(String naam, Zorgsector sector) {
        Bulkzorgaanbieder z = new Bulkzorgaanbieder(
                new ZorgaanbiederId(UUID.randomUUID()),
                naam,
                Zorgaanbieders.uniekKvkNummer(),
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
