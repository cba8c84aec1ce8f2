package nl.toezicht.koppelingen;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.toezicht.register.ZorgaanbiederId;

/**
 * How one kind of application event becomes an event for partners: its CloudEvents type, its subject, the
 * data partners receive (never personal data: only identifiers, references, sectors, statuses and times), the
 * provider it concerns (a provider's own system receives only those), and which kinds of partner may
 * subscribe. A module makes its event available by declaring a bean of this type; nothing in koppelingen
 * changes for it. The event is recorded in the transaction that publishes it, so it exists exactly when
 * what it reports was committed.
 *
 * @param type the CloudEvents {@code type}, {@code nl.toezicht.<onderwerp>.<wat-gebeurde>}
 * @param klasse the application event
 * @param onderwerp the CloudEvents {@code subject}: the reference or id of the object
 * @param gegevens the CloudEvents {@code data}, as a JSON object of plain values
 * @param zorgaanbieder the provider the event concerns, if any
 * @param voor which kinds of partner may subscribe to it
 * @param alleenAls which of the class's events are this type (all, unless the event covers more than one thing
 *     partners tell apart: a measure's letter is an intention, a decision or a collection decision)
 */
public record Gebeurtenistype<E>(
        String type,
        Class<E> klasse,
        Function<E, String> onderwerp,
        Function<E, Map<String, Object>> gegevens,
        Function<E, Optional<ZorgaanbiederId>> zorgaanbieder,
        Set<Partnersoort> voor,
        Predicate<E> alleenAls) {

    /** Every event of the class is of this type. */
    public Gebeurtenistype(
            String type,
            Class<E> klasse,
            Function<E, String> onderwerp,
            Function<E, Map<String, Object>> gegevens,
            Function<E, Optional<ZorgaanbiederId>> zorgaanbieder,
            Set<Partnersoort> voor) {
        this(type, klasse, onderwerp, gegevens, zorgaanbieder, voor, e -> true);
    }

    public Gebeurtenistype {
        if (!type.matches("nl\\.toezicht(\\.[a-z][a-z0-9-]*){2,}")) {
            throw new IllegalArgumentException("CloudEvents type must read nl.toezicht.<onderwerp>.<wat>: " + type);
        }
        voor = Set.copyOf(voor);
    }

    boolean geldtVoor(Object event) {
        return alleenAls.test(klasse.cast(event));
    }

    Optional<ZorgaanbiederId> zorgaanbiederVan(Object event) {
        return zorgaanbieder.apply(klasse.cast(event));
    }

    String onderwerpVan(Object event) {
        return onderwerp.apply(klasse.cast(event));
    }

    Map<String, Object> gegevensVan(Object event) {
        return gegevens.apply(klasse.cast(event));
    }
}
