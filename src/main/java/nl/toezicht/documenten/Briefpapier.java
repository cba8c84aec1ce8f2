package nl.toezicht.documenten;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender on the letter paper ({@code toezicht.brieven.afzender.*}), the same on every letter and report;
 * in the templates as {@code afzender}.
 */
@ConfigurationProperties("toezicht.brieven.afzender")
public record Briefpapier(
        @DefaultValue("Inspectie Gezondheidszorg en Jeugd") String naam,

        @DefaultValue("Ministerie van Volksgezondheid, Welzijn en Sport")
        String ministerie,

        @DefaultValue("Postbus 2518, 6401 DA Heerlen") String postadres,
        @DefaultValue("www.igj.nl") String website) {}
