package nl.toezicht.kern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The flow of one kind of aggregate, declared once: for every step, from which states it may be taken, to
 * which state it leads, which rules of the aggregate may still refuse it, what it does besides (its effect,
 * as data: which legal clock starts or stops) and who takes it. The live command, the replay of a recorded
 * history, a generator of demo data and the list of steps a page offers all ask this one declaration.
 *
 * <p>Plain Java: the aggregate keeps its state and words the refusals (it knows its own message keys and
 * references); this class only decides. See docs/stroom.md and decision 0032.
 *
 * @param <S> the states
 * @param <T> the steps
 * @param <K> what the rules and effects look at: the aggregate's kind, or the aggregate itself
 * @param <E> the effect of a step besides changing the state, as data the aggregate carries out
 */
public final class Stroom<S extends Enum<S>, T extends Enum<T>, K, E> {

    /**
     * One step as declared.
     *
     * @param vanaf the states it may be taken from (empty for the opening step: taken when there is no state)
     * @param naar the state it leads to, or null when the state stays (a step that is only recorded)
     * @param recht who takes it: the code of the right a person needs, or null when only the system takes it
     * @param aangeboden whether it is one of the plain steps offered to people from a state (false for system
     *     steps and for steps taken through a command of their own, e.g. an assignment that needs a name)
     */
    public record Overgang<S extends Enum<S>, T extends Enum<T>, K, E>(
            T stap,
            Set<S> vanaf,
            @Nullable S naar,
            @Nullable String recht,
            boolean aangeboden,
            List<Voorwaarde<K>> voorwaarden,
            Function<K, @Nullable E> effect) {

        /** The state after taking it from {@code status}. */
        public S naarVanuit(S status) {
            return naar == null ? status : naar;
        }

        public boolean isDoorSysteem() {
            return recht == null;
        }
    }

    /** A rule of the aggregate that must hold for a step; refused with the message key (its {0} is the step). */
    public record Voorwaarde<K>(Predicate<K> geldt, String berichtSleutel) {}

    /** Why a step cannot be taken; the aggregate turns it into a refusal in its own words. */
    public sealed interface Bezwaar<S extends Enum<S>, T extends Enum<T>> {
        T stap();

        /** A history must start with the opening step, and only it can start one. */
        record GeenBegin<S extends Enum<S>, T extends Enum<T>>(T stap) implements Bezwaar<S, T> {}

        /** The step is not taken from this state. */
        record NietVanuit<S extends Enum<S>, T extends Enum<T>>(T stap, S status) implements Bezwaar<S, T> {}

        /** A rule of the step refuses it for this aggregate. */
        record Geweigerd<S extends Enum<S>, T extends Enum<T>>(T stap, String berichtSleutel)
                implements Bezwaar<S, T> {}
    }

    /** One step of a replayed history with the states around it ({@code van} is null for the opening). */
    public record Herspeeld<S extends Enum<S>, T extends Enum<T>>(
            T stap, @Nullable S van, S naar) {}

    private final Class<T> stappen;
    private final Map<T, Overgang<S, T, K, E>> overgangen;
    private final T beginstap;

    private Stroom(Class<T> stappen, Map<T, Overgang<S, T, K, E>> overgangen, T beginstap) {
        this.stappen = stappen;
        this.overgangen = overgangen;
        this.beginstap = beginstap;
    }

    /** Starts the declaration of a flow over these states and steps. */
    public static <S extends Enum<S>, T extends Enum<T>, K, E> Bouwer<S, T, K, E> van(
            Class<S> statussen, Class<T> stappen) {
        return new Bouwer<>(statussen, stappen);
    }

    public Overgang<S, T, K, E> overgang(T stap) {
        return Objects.requireNonNull(overgangen.get(stap));
    }

    /** The step that starts every history (it is taken when there is no state yet). */
    public T beginstap() {
        return beginstap;
    }

    /**
     * Whether {@code stap} may be taken now, and if not, why: the state first, then the rules in the order
     * they were declared.
     *
     * @param status the current state; null before the opening step
     */
    public Optional<Bezwaar<S, T>> toets(T stap, @Nullable S status, K kenmerken) {
        Overgang<S, T, K, E> overgang = overgang(stap);
        if (status == null || stap == beginstap) {
            if (status == null && stap == beginstap) {
                return voorwaarden(overgang, kenmerken);
            }
            return Optional.of(status == null ? new Bezwaar.GeenBegin<>(stap) : new Bezwaar.NietVanuit<>(stap, status));
        }
        if (!overgang.vanaf().contains(status)) {
            return Optional.of(new Bezwaar.NietVanuit<>(stap, status));
        }
        return voorwaarden(overgang, kenmerken);
    }

    private Optional<Bezwaar<S, T>> voorwaarden(Overgang<S, T, K, E> overgang, K kenmerken) {
        for (Voorwaarde<K> v : overgang.voorwaarden()) {
            if (!v.geldt().test(kenmerken)) {
                return Optional.of(new Bezwaar.Geweigerd<>(overgang.stap(), v.berichtSleutel()));
            }
        }
        return Optional.empty();
    }

    /**
     * Takes a step: returns the state it leads to, or throws what {@code weigering} makes of the objection.
     * Changes nothing itself; the aggregate sets the state and records the step.
     */
    public S neem(
            T stap,
            @Nullable S status,
            K kenmerken,
            Function<? super Bezwaar<S, T>, ? extends RuntimeException> weigering) {
        Optional<Bezwaar<S, T>> bezwaar = toets(stap, status, kenmerken);
        if (bezwaar.isPresent()) {
            throw weigering.apply(bezwaar.get());
        }
        Overgang<S, T, K, E> overgang = overgang(stap);
        return status == null ? Objects.requireNonNull(overgang.naar()) : overgang.naarVanuit(status);
    }

    /** What the step does besides changing the state, for this aggregate; null for nothing. */
    public @Nullable E effect(T stap, K kenmerken) {
        return overgang(stap).effect().apply(kenmerken);
    }

    /** The steps offered to people from this state that the rules allow, in declaration order of the steps. */
    public List<T> toegestaan(S status, K kenmerken) {
        return toegestaan(status, kenmerken, recht -> true);
    }

    /** As {@link #toegestaan(Enum, Object)}, only those whose right {@code heeftRecht} grants. */
    public List<T> toegestaan(S status, K kenmerken, Predicate<String> heeftRecht) {
        List<T> uit = new ArrayList<>();
        for (T stap : stappen.getEnumConstants()) {
            Overgang<S, T, K, E> o = overgang(stap);
            if (o.aangeboden()
                    && heeftRecht.test(Objects.requireNonNull(o.recht()))
                    && toets(stap, status, kenmerken).isEmpty()) {
                uit.add(stap);
            }
        }
        return uit;
    }

    /** Replays a recorded history one step at a time, so the caller can check its own things in between. */
    public Herspeling herspeling(K kenmerken) {
        return new Herspeling(kenmerken);
    }

    /**
     * Replays a recorded history through the flow: it starts with the opening step and every further step is
     * one the flow allows from the state reached. Returns every step with the states around it, or throws
     * what {@code weigering} makes of the first objection and its index.
     */
    public List<Herspeeld<S, T>> herspeel(
            List<T> geschiedenis,
            K kenmerken,
            BiFunction<Integer, ? super Bezwaar<S, T>, ? extends RuntimeException> weigering) {
        Herspeling herspeling = herspeling(kenmerken);
        List<Herspeeld<S, T>> uit = new ArrayList<>(geschiedenis.size());
        for (int i = 0; i < geschiedenis.size(); i++) {
            int index = i;
            uit.add(herspeling.volg(geschiedenis.get(i), b -> weigering.apply(index, b)));
        }
        return uit;
    }

    /** A replay under way: the state reached so far. */
    public final class Herspeling {

        private final K kenmerken;
        private @Nullable S status;

        private Herspeling(K kenmerken) {
            this.kenmerken = kenmerken;
        }

        /** The state reached; null before the opening step. */
        public @Nullable S status() {
            return status;
        }

        /** Takes the next recorded step, or throws what {@code weigering} makes of the objection. */
        public Herspeeld<S, T> volg(T stap, Function<? super Bezwaar<S, T>, ? extends RuntimeException> weigering) {
            S van = status;
            S naar = neem(stap, van, kenmerken, weigering);
            status = naar;
            return new Herspeeld<>(stap, van, naar);
        }
    }

    /**
     * Declares a flow step by step. Every step of the enum is declared exactly once, and exactly one of them is
     * the opening step; {@link #bouw()} refuses anything else, so a step added to the enum and forgotten here
     * fails when the class loads (and in its unit test), not in production.
     */
    public static final class Bouwer<S extends Enum<S>, T extends Enum<T>, K, E> {

        private final Class<S> statussen;
        private final Class<T> stappen;
        private final Map<T, Overgang<S, T, K, E>> overgangen;
        private @Nullable T beginstap;
        private @Nullable Stapbouwer huidige;

        private Bouwer(Class<S> statussen, Class<T> stappen) {
            this.statussen = statussen;
            this.stappen = stappen;
            this.overgangen = new EnumMap<>(stappen);
        }

        /** The opening step: taken when there is no state yet, leading to the first state. */
        public Stapbouwer begin(T stap, S naar) {
            if (beginstap != null) {
                throw new IllegalStateException("a flow has one opening step; already " + beginstap);
            }
            beginstap = stap;
            return nieuw(stap).naar(naar);
        }

        /** A further step. */
        public Stapbouwer stap(T stap) {
            return nieuw(stap);
        }

        private Stapbouwer nieuw(T stap) {
            sluitHuidige();
            if (overgangen.containsKey(stap)) {
                throw new IllegalStateException("step declared twice: " + stap);
            }
            huidige = new Stapbouwer(stap);
            return huidige;
        }

        private void sluitHuidige() {
            if (huidige != null) {
                Overgang<S, T, K, E> o = huidige.overgang();
                overgangen.put(o.stap(), o);
                huidige = null;
            }
        }

        public Stroom<S, T, K, E> bouw() {
            sluitHuidige();
            Set<T> ontbrekend = EnumSet.allOf(stappen);
            ontbrekend.removeAll(overgangen.keySet());
            if (!ontbrekend.isEmpty()) {
                throw new IllegalStateException("steps without a declaration: " + ontbrekend);
            }
            if (beginstap == null) {
                throw new IllegalStateException("a flow needs an opening step (begin)");
            }
            for (Overgang<S, T, K, E> o : overgangen.values()) {
                if (o.stap() != beginstap && o.vanaf().isEmpty()) {
                    throw new IllegalStateException("step " + o.stap() + " is taken from no state");
                }
            }
            return new Stroom<>(stappen, Collections.unmodifiableMap(new EnumMap<>(overgangen)), beginstap);
        }

        /** The declaration of one step; every method returns it, and {@link #stap}/{@link #bouw} go on. */
        public final class Stapbouwer {

            private final T stap;
            private final EnumSet<S> vanaf;
            private @Nullable S naar;
            private boolean blijft;
            private @Nullable String recht;
            private boolean systeem;
            private boolean aangeboden = true;
            private final List<Voorwaarde<K>> voorwaarden = new ArrayList<>();
            private Function<K, @Nullable E> effect = k -> null;

            private Stapbouwer(T stap) {
                this.stap = stap;
                this.vanaf = EnumSet.noneOf(statussen);
            }

            @SafeVarargs
            public final Stapbouwer vanaf(S eerste, S... verder) {
                vanaf.add(eerste);
                vanaf.addAll(List.of(verder));
                return this;
            }

            public Stapbouwer vanaf(Set<S> statussen) {
                vanaf.addAll(statussen);
                return this;
            }

            public Stapbouwer naar(S status) {
                naar = status;
                return this;
            }

            /** The state does not change: the step is only recorded (e.g. an assignment). */
            public Stapbouwer blijft() {
                blijft = true;
                return this;
            }

            /** People with this right take the step. */
            public Stapbouwer door(String recht) {
                this.recht = recht;
                return this;
            }

            /** Only the system takes the step (something happens to the aggregate); never offered. */
            public Stapbouwer doorSysteem() {
                systeem = true;
                aangeboden = false;
                return this;
            }

            /** People take it through a command of its own (it needs more than an explanation): not offered. */
            public Stapbouwer eigenOpdracht() {
                aangeboden = false;
                return this;
            }

            /** A rule that must hold, else refused with the message key ({0} is the step). */
            public Stapbouwer alleenAls(Predicate<K> regel, String berichtSleutel) {
                voorwaarden.add(new Voorwaarde<>(regel, berichtSleutel));
                return this;
            }

            public Stapbouwer effect(E vast) {
                effect = k -> vast;
                return this;
            }

            /** An effect that depends on the aggregate (its kind, say). */
            public Stapbouwer effectVolgens(Function<K, @Nullable E> naarKenmerken) {
                effect = naarKenmerken;
                return this;
            }

            /** Declares the next step. */
            public Stapbouwer stap(T volgende) {
                return Bouwer.this.stap(volgende);
            }

            public Stroom<S, T, K, E> bouw() {
                return Bouwer.this.bouw();
            }

            private Overgang<S, T, K, E> overgang() {
                if ((naar == null) == !blijft) {
                    throw new IllegalStateException(stap + ": declare either naar(...) or blijft()");
                }
                if ((recht == null) == !systeem) {
                    throw new IllegalStateException(stap + ": declare either door(recht) or doorSysteem()");
                }
                return new Overgang<>(
                        stap,
                        Collections.unmodifiableSet(EnumSet.copyOf(vanaf)),
                        naar,
                        recht,
                        aangeboden,
                        List.copyOf(voorwaarden),
                        effect);
            }
        }
    }
}
