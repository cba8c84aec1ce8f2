package nl.toezicht.meldingen;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The rights of module meldingen and its public doors: the forms, the status link, intake by API. */
@Component
public final class MeldingRechten implements Toegangsverklaring {

    /** Reading and searching notifications (of the departments one may see). */
    public static final Recht INZIEN = Recht.van("meldingen.inzien");

    /** Field level: the patient's identity, the reporter's contact data, and attachments (they may show both). */
    public static final Recht IDENTITEIT_ZIEN = Recht.van("meldingen.identiteit-zien");

    /** Linking a notification to a provider of the register. */
    public static final Recht KOPPELEN = Recht.van("meldingen.koppelen");

    /** The provider portal: a care provider's own notifications and their status. */
    public static final Recht PORTAAL = Recht.van("meldingen.portaal");

    @Override
    public List<Padregel> padregels() {
        return List.of(
                Padregel.openbaar("/", "/melden/**", "/status/**"),
                Padregel.openbaar(HttpMethod.POST, "/api/v1/meldingen"));
    }
}
