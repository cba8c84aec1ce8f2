package nl.toezicht.koppelingen;

import java.util.List;
import nl.toezicht.toegang.Beheerpagina;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The rights of module koppelingen: administering partners' subscriptions and their dead letters. The event log
 * is a public door at the URL level: it answers only a request with a subscription's key (401 otherwise).
 */
@Component
public final class KoppelingRechten implements Toegangsverklaring {

    /** Making and ending partners' subscriptions, seeing and offering again what could not be delivered. */
    public static final Recht BEHEREN = Recht.van("koppelingen.beheren");

    @Override
    public List<Padregel> padregels() {
        return List.of(
                Padregel.recht(BEHEREN, "/beheer/abonnementen", "/beheer/abonnementen/**"),
                Padregel.recht(BEHEREN, "/api/v1/abonnementen", "/api/v1/abonnementen/**"),
                Padregel.openbaar(HttpMethod.GET, "/api/v1/gebeurtenissen"));
    }

    @Override
    public List<Beheerpagina> beheerpaginas() {
        return List.of(
                new Beheerpagina("/beheer/abonnementen", BEHEREN, "abonnementen.titel", "abonnementen.beheer.uitleg"));
    }
}
