package nl.toezicht.koppelingen.web;

import java.util.Arrays;
import java.util.UUID;
import nl.toezicht.koppelingen.Abonnementen;
import nl.toezicht.koppelingen.KoppelingRechten;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.stereotype.Component;

/** The one door to subscriptions for the pages and the API: the right, and every access in the access log. */
@Component
class AbonnementToegang {

    private final Toegangsbeleid beleid;
    private final Toegangslog log;

    AbonnementToegang(Toegangsbeleid beleid, Toegangslog log) {
        this.beleid = beleid;
        this.log = log;
    }

    /** Refused: logged as denied (403); granted: logged as granted. */
    void eis(Handeling handeling, UUID... ids) {
        Logobject[] objecten = Arrays.stream(ids).map(AbonnementToegang::object).toArray(Logobject[]::new);
        beleid.eis(KoppelingRechten.BEHEREN, handeling, objecten);
        log.toegestaan(handeling, objecten);
    }

    /** Making one: the right first, the log entry once it exists. */
    void eisAanmaken() {
        beleid.eis(KoppelingRechten.BEHEREN, Handeling.AANMAKEN);
    }

    void aangemaakt(UUID id) {
        log.toegestaan(Handeling.AANMAKEN, object(id));
    }

    private static Logobject object(UUID id) {
        return Logobject.van(Abonnementen.LOGOBJECT, id.toString());
    }
}
