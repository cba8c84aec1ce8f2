package nl.toezicht.berichten;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Objectbeschrijving;
import nl.toezicht.termijnen.Objectbeschrijvingen;
import nl.toezicht.termijnen.Termijnen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * A deadline of one's case in {@value #WERKDAGEN} working days: a daily job finds the running clocks of the
 * engine (module termijnen) whose deadline falls after today and on or before today plus three working days,
 * and alerts each clock's handler, once per clock and deadline (an extended deadline is a new alert when it
 * comes near again). A missed day is caught up: the window starts at today, not at the third day.
 */
@Component
class Termijnherinnering {

    static final int WERKDAGEN = 3;
    private static final Logger log = LoggerFactory.getLogger(Termijnherinnering.class);

    private final Klokken klokken;
    private final Termijnen termijnen;
    private final Berichten berichten;
    private final Map<String, Objectbeschrijvingen> beschrijvingen;

    Termijnherinnering(
            Klokken klokken, Termijnen termijnen, Berichten berichten, List<Objectbeschrijvingen> beschrijvingen) {
        this.klokken = klokken;
        this.termijnen = termijnen;
        this.berichten = berichten;
        this.beschrijvingen = beschrijvingen.stream()
                .collect(Collectors.toMap(Objectbeschrijvingen::objecttype, Function.identity()));
    }

    /** Alerts the handlers of the clocks due within three working days of {@code vandaag}; returns how many new. */
    int herinner(LocalDate vandaag) {
        LocalDate tot = termijnen.kalender().plusWerkdagen(vandaag, WERKDAGEN);
        List<KlokStand> klokken = this.klokken.lopendMetUiterlijk(vandaag, tot).stream()
                .filter(k -> k.verantwoordelijke().behandelaar() != null)
                .toList();
        Map<String, Map<UUID, Objectbeschrijving>> beschreven = klokken.stream()
                .collect(Collectors.groupingBy(
                        k -> k.object().type(),
                        Collectors.mapping(k -> k.object().id(), Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> beschrijf(e.getKey(), e.getValue())));
        int nieuw = 0;
        for (KlokStand klok : klokken) {
            Objectbeschrijving object =
                    beschreven.get(klok.object().type()).get(klok.object().id());
            String behandelaar = klok.verantwoordelijke().behandelaar();
            if (object == null || behandelaar == null) {
                continue;
            }
            boolean gemeld = berichten.meld(new Melding(
                    behandelaar,
                    Berichtsoort.TERMIJN,
                    "termijn:" + klok.id().waarde() + ":" + klok.uiterlijk(),
                    object.kenmerk(),
                    object.url(),
                    klok.uiterlijk()));
            nieuw += gemeld ? 1 : 0;
        }
        log.info("Deadline alerts on {}: {} clocks due by {}, {} new alerts", vandaag, klokken.size(), tot, nieuw);
        return nieuw;
    }

    private Map<UUID, Objectbeschrijving> beschrijf(String type, Set<UUID> ids) {
        Objectbeschrijvingen eigenaar = beschrijvingen.get(type);
        return eigenaar == null ? Map.of() : eigenaar.beschrijf(ids);
    }

    @Configuration(proxyBeanMethods = false)
    static class Planning {

        /** 06:30 Dutch time: before the working day, after the overdue job of 01:10. */
        @Bean
        RecurringTask<Void> termijnenHerinneren(Termijnherinnering herinnering, Termijnen termijnen) {
            return Tasks.recurring("termijnen-herinneren", Schedules.daily(Tijdzone.NEDERLAND, LocalTime.of(6, 30)))
                    .execute((instance, context) -> herinner(herinnering, termijnen));
        }

        private static void herinner(Termijnherinnering herinnering, Termijnen termijnen) {
            herinnering.herinner(termijnen.vandaag());
        }
    }
}
