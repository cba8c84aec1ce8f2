package nl.toezicht.berichten;

import java.util.Locale;
import nl.toezicht.kern.Basisadres;
import nl.toezicht.kern.Opmaak;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of an alert's e-mail, in Dutch: what happened, the reference and the date, and the absolute link to
 * the object's page, where the reader logs in and the page decides what they may see. Nothing of the case's
 * content: e-mail leaves the building (no patient, reporter or provider data, no free text).
 */
@Component
class Mailopmaak {

    static final Locale TAAL = Locale.forLanguageTag("nl");

    record Mail(String onderwerp, String tekst) {}

    private final MessageSource berichten;
    private final Basisadres basisadres;
    private final Opmaak opmaak;

    Mailopmaak(MessageSource berichten, Basisadres basisadres, Opmaak opmaak) {
        this.berichten = berichten;
        this.basisadres = basisadres;
        this.opmaak = opmaak;
    }

    Mail mail(Melding melding) {
        String datum = melding.datum() == null ? "" : opmaak.datum(melding.datum());
        Object[] argumenten = {melding.kenmerk(), datum};
        String soort = melding.soort().name();
        String onderwerp = berichten.getMessage("bericht.mail.onderwerp." + soort, argumenten, TAAL);
        StringBuilder tekst =
                new StringBuilder(berichten.getMessage("bericht.soort." + soort, argumenten, TAAL)).append("\n\n");
        if (melding.pad() != null) {
            tekst.append(berichten.getMessage("bericht.mail.bekijk", null, TAAL))
                    .append('\n')
                    .append(basisadres.absoluut(melding.pad()))
                    .append("\n\n");
        }
        tekst.append(berichten.getMessage("bericht.mail.voet", new Object[] {basisadres.absoluut("/berichten")}, TAAL));
        return new Mail(onderwerp, tekst.toString());
    }
}
