package nl.toezicht.meldingen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Records the events of this module so integration tests can see what was published (after commit). */
@AutoConfiguration
public class OpgenomenGebeurtenissenConfiguratie {

    @Bean
    OpgenomenGebeurtenissen opgenomenGebeurtenissen() {
        return new OpgenomenGebeurtenissen();
    }

    public static class OpgenomenGebeurtenissen {
        private final List<Object> gebeurtenissen = new CopyOnWriteArrayList<>();

        @EventListener
        void ontvangen(MeldingOntvangen e) {
            gebeurtenissen.add(e);
        }

        @EventListener
        void gekoppeld(MeldingGekoppeld e) {
            gebeurtenissen.add(e);
        }

        public List<Object> alle() {
            return List.copyOf(gebeurtenissen);
        }
    }
}
