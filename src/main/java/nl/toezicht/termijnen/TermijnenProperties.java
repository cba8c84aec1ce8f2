package nl.toezicht.termijnen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods of the legal clocks. The legal ones (Wkkgz) are defaults that follow the law; the
 * internal ones (triage, assessment) are the inspectorate's own service levels.
 *
 * @param triageWerkdagen working days after receipt within which a new case is triaged
 * @param meldingWerkdagen Wkkgz: working days after establishing a calamity within which it is reported
 * @param onderzoeksrapportWeken Wkkgz: weeks after the notification within which the investigation follows
 * @param aanvullingWeken weeks the provider gets to complete an investigation when asked for more
 * @param beoordelingWerkdagen working days for the inspector to judge an investigation or notification
 */
@ConfigurationProperties("toezicht.termijnen")
public record TermijnenProperties(
        @DefaultValue("3") int triageWerkdagen,
        @DefaultValue("3") int meldingWerkdagen,
        @DefaultValue("8") int onderzoeksrapportWeken,
        @DefaultValue("4") int aanvullingWeken,
        @DefaultValue("20") int beoordelingWerkdagen) {

    public static TermijnenProperties standaard() {
        return new TermijnenProperties(3, 3, 8, 4, 20);
    }
}
