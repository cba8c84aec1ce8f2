package nl.toezicht.termijnen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Due this week": the running clocks whose deadline falls in the current week (Monday to Sunday, Dutch
 * date) or has passed, for the current user or for a department, by deadline. Need-to-know: only clocks of
 * departments the user may see ({@link Toegangsbeleid#zichtbareAfdelingen()}); every object shown is written
 * to the access log as a search, as the work queue does. Keyset-paged on (deadline, id), each query shaped
 * to a partial index of V40.
 */
@Service
public class Termijnlijst {

    public static final int MAXIMALE_GROOTTE = 100;

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final Termijnen termijnen;
    private final Map<String, Objectbeschrijvingen> beschrijvingen;

    Termijnlijst(
            JdbcClient jdbc,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            Termijnen termijnen,
            List<Objectbeschrijvingen> beschrijvingen) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.termijnen = termijnen;
        this.beschrijvingen = beschrijvingen.stream()
                .collect(Collectors.toMap(Objectbeschrijvingen::objecttype, Function.identity()));
    }

    /** Whose clocks: mine (in the departments I may see), one department's, or all departments I may see. */
    public record Filter(@Nullable String afdeling, boolean alleenMijn) {

        public static Filter mijnKlokken() {
            return new Filter(null, true);
        }

        public static Filter afdeling(String afdeling) {
            return new Filter(afdeling, false);
        }

        public static Filter alle() {
            return new Filter(null, false);
        }
    }

    /** A position in the ordering: the deadline and id of the clock on the page's edge. */
    public record Cursor(LocalDate uiterlijk, UUID id) {

        public static Cursor lees(String tekst) {
            int streep = tekst.indexOf('_');
            try {
                return new Cursor(
                        LocalDate.parse(tekst.substring(0, streep)), UUID.fromString(tekst.substring(streep + 1)));
            } catch (RuntimeException e) {
                throw Weigering.opVeld("na", "termijnlijst.cursor");
            }
        }

        @Override
        public String toString() {
            return uiterlijk + "_" + id;
        }
    }

    /**
     * One clock as listed.
     *
     * @param object how its owner shows the object; null when no module describes that type or the object is
     *     gone
     * @param teLaat the deadline lies before today (a running clock, so the daily job marks it, or has)
     * @param dagen days from today to the deadline (negative: overdue)
     */
    public record Regel(KlokStand klok, @Nullable Objectbeschrijving object, boolean teLaat, long dagen) {}

    /** One page of the week's list, with the week it covers. */
    public record Week(LocalDate vandaag, LocalDate totEnMet, Pagina<Regel> pagina) {}

    /**
     * One page of the clocks due up to and including this Sunday (overdue ones included), deadline first.
     *
     * @throws org.springframework.security.access.AccessDeniedException without {@link TermijnRechten#INZIEN},
     *     or for a department the user may not see
     */
    @Transactional(readOnly = true)
    public Week dezeWeek(Filter filter, @Nullable Cursor na, int grootte) {
        return dezeWeek(filter, na, grootte, termijnen.vandaag());
    }

    Week dezeWeek(Filter filter, @Nullable Cursor na, int grootte, LocalDate vandaag) {
        if (grootte < 1 || grootte > MAXIMALE_GROOTTE) {
            throw Weigering.opVeld("grootte", "termijnlijst.grootte", MAXIMALE_GROOTTE);
        }
        toegang.eis(TermijnRechten.INZIEN, Handeling.ZOEKEN);
        Set<Zorgsector> zichtbaar = toegang.zichtbareAfdelingen();
        List<String> afdelingen;
        if (filter.afdeling() != null) {
            Zorgsector afdeling = Arrays.stream(Zorgsector.values())
                    .filter(z -> z.name().equals(filter.afdeling()))
                    .findFirst()
                    .orElseThrow(
                            () -> Weigering.opVeld("afdeling", "termijnlijst.afdeling.onbekend", filter.afdeling()));
            toegang.eisAfdeling(afdeling);
            afdelingen = List.of(afdeling.name());
        } else if (zichtbaar.containsAll(EnumSet.allOf(Zorgsector.class))) {
            afdelingen = null;
        } else {
            afdelingen = zichtbaar.stream().map(Enum::name).toList();
        }
        LocalDate totEnMet = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Zoekvraag vraag = zoekvraag(
                afdelingen, filter.alleenMijn() ? toegang.ik().gebruikersnaam() : null, totEnMet, na, grootte);
        List<KlokStand> klokken = new ArrayList<>(jdbc.sql(vraag.sql())
                .params(vraag.params())
                .query((rs, i) -> KlokOpslag.stand(rs))
                .list());
        boolean meer = klokken.size() > grootte;
        if (meer) {
            klokken.remove(klokken.size() - 1);
        }
        toegangslog.toegestaan(
                Handeling.ZOEKEN,
                klokken.stream()
                        .map(k ->
                                Logobject.van(k.object().type(), k.object().id().toString()))
                        .distinct()
                        .toArray(Logobject[]::new));
        Map<Objectverwijzing, Objectbeschrijving> objecten = beschrijf(klokken);
        List<Regel> regels = klokken.stream()
                .map(k -> new Regel(
                        k,
                        objecten.get(k.object()),
                        k.uiterlijk().isBefore(vandaag),
                        ChronoUnit.DAYS.between(vandaag, k.uiterlijk())))
                .toList();
        KlokStand laatste = klokken.isEmpty() ? null : klokken.get(klokken.size() - 1);
        // onwards only, uncounted: the week's list is read from the top
        return new Week(
                vandaag,
                totEnMet,
                new Pagina<>(
                        regels,
                        null,
                        meer && laatste != null
                                ? new Cursor(laatste.uiterlijk(), laatste.id().waarde()).toString()
                                : null,
                        null));
    }

    /** The SQL of one page, kept apart so that a test can check its plan uses the partial indexes. */
    record Zoekvraag(String sql, Map<String, Object> params) {}

    static Zoekvraag zoekvraag(
            @Nullable List<String> afdelingen,
            @Nullable String behandelaar,
            LocalDate totEnMet,
            @Nullable Cursor na,
            int grootte) {
        StringBuilder sql = new StringBuilder("select " + KlokOpslag.KOLOMMEN
                + " from termijnen.klok where status = 'LOPEND' and uiterlijk <= :totEnMet");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("totEnMet", totEnMet);
        if (behandelaar != null) {
            sql.append(" and behandelaar = :behandelaar");
            params.put("behandelaar", behandelaar);
        }
        if (afdelingen != null) {
            if (afdelingen.size() == 1) {
                sql.append(" and afdeling = :afdeling");
                params.put("afdeling", afdelingen.get(0));
            } else {
                sql.append(" and afdeling in (:afdelingen)");
                params.put("afdelingen", afdelingen.isEmpty() ? List.of("-") : afdelingen);
            }
        }
        if (na != null) {
            sql.append(" and (uiterlijk, id) > (:naUiterlijk, :naId)");
            params.put("naUiterlijk", na.uiterlijk());
            params.put("naId", na.id());
        }
        sql.append(" order by uiterlijk, id limit :limiet");
        params.put("limiet", grootte + 1);
        return new Zoekvraag(sql.toString(), params);
    }

    private Map<Objectverwijzing, Objectbeschrijving> beschrijf(List<KlokStand> klokken) {
        Map<String, Set<UUID>> perType = new HashMap<>();
        for (KlokStand k : klokken) {
            perType.computeIfAbsent(k.object().type(), t -> new HashSet<>())
                    .add(k.object().id());
        }
        Map<Objectverwijzing, Objectbeschrijving> objecten = new HashMap<>();
        perType.forEach((type, ids) -> {
            Objectbeschrijvingen eigenaar = beschrijvingen.get(type);
            if (eigenaar != null) {
                eigenaar.beschrijf(ids).forEach((id, b) -> objecten.put(new Objectverwijzing(type, id), b));
            }
        });
        return objecten;
    }
}
