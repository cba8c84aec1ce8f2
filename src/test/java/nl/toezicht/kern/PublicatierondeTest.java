package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class PublicatierondeTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    /** Counts the transactions a round opens. */
    private static final class Teller implements TransactionOperations {
        int transacties;

        @Override
        public <T> T execute(TransactionCallback<T> actie) {
            transacties++;
            return actie.doInTransaction(null);
        }
    }

    @Test
    void publishesEachCandidateInATransactionOfItsOwnAndCountsThosePassedBy() {
        Teller teller = new Teller();
        Publicatieronde.Uitkomst uitkomst = Publicatieronde.voerUit(List.of(a, b, c), teller, id -> !id.equals(b));
        assertThat(uitkomst.gepubliceerd()).containsExactly(a, c);
        assertThat(uitkomst.overgeslagen()).isEqualTo(1);
        assertThat(teller.transacties).isEqualTo(3);
    }

    @Test
    void whatWasPublishedBeforeAFailureStaysCountedInItsOwnTransaction() {
        List<UUID> gedaan = new ArrayList<>();
        assertThatThrownBy(() -> Publicatieronde.voerUit(List.of(a, b), new Teller(), id -> {
                    if (id.equals(b)) {
                        throw new IllegalStateException("opslag weg");
                    }
                    return gedaan.add(id);
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(gedaan).isEqualTo(List.copyOf(Set.of(a)));
    }

    @Test
    void theDayIsTheDutchDay() {
        // 23:30 UTC on 31 March is already 1 April in the Netherlands (summer time)
        Clock klok = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Publicatieronde.vandaag(klok)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Publicatieronde.WACHTTIJD.getDays()).isEqualTo(14);
    }
}
