package nl.toezicht.handhaving;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The rights of module handhaving (docs/toegang.md). What one sees of measures is need-to-know per department;
 * signing a letter needs, besides {@link #ONDERTEKENEN}, the mandate for the kind and amount (the mandate table,
 * {@link Mandaten}).
 */
@Component
public final class HandhavingRechten implements Toegangsverklaring {

    /** Reading measures (of the departments one may see), their letters, clocks and money. */
    public static final Recht INZIEN = Recht.van("handhaving.inzien");

    /** Preparing measures and recording what happens to them (compliance, payment, objection received). */
    public static final Recht OPSTELLEN = Recht.van("handhaving.opstellen");

    /** Signing and sending the letters of the flow and deciding on it; only within one's role's mandate. */
    public static final Recht ONDERTEKENEN = Recht.van("handhaving.ondertekenen");

    /**
     * Adding a version of the fine policy table (decision 0094): the administrator enters the policy as published;
     * who applies it (legal staff) does not set it.
     */
    public static final Recht BOETEBELEID_VASTSTELLEN = Recht.van("handhaving.boetebeleid-vaststellen");

    /** Changing the mandate table (decision 0095): the administrator, every change kept with its reason. */
    public static final Recht MANDAAT_BEHEREN = Recht.van("handhaving.mandaat-beheren");

    /**
     * The publication of decisions (decision 0103): correcting the public version, postponing it, overriding the
     * anonymisation check and withdrawing it, each with a reason. Legal staff.
     */
    public static final Recht PUBLICEREN = Recht.van("handhaving.publiceren");

    /** The provider portal: the measures against one's own providers of which a letter went out, and those letters. */
    public static final Recht PORTAAL = Recht.van("handhaving.portaal-inzien");

    @Override
    public List<Padregel> padregels() {
        // every change checks its own right (and the mandate) in the service: the door only keeps out who may not
        // see measures at all
        return List.of(
                Padregel.recht(
                        INZIEN, "/handhaving", "/handhaving/**", "/api/v1/maatregelen", "/api/v1/maatregelen/**"),
                // the bulk process's uploads and runs: only who prepares measures (before the file is parsed)
                Padregel.recht(
                        OPSTELLEN,
                        HttpMethod.POST,
                        "/handhaving/jaarrekeningen/**",
                        "/api/v1/maatregelen/jaarrekeningen/**"),
                Padregel.recht(BOETEBELEID_VASTSTELLEN, HttpMethod.POST, "/handhaving/boetebeleid"),
                Padregel.recht(PORTAAL, "/mijn-maatregelen", "/mijn-maatregelen/**"),
                Padregel.recht(MANDAAT_BEHEREN, HttpMethod.POST, "/handhaving/mandaten"),
                // the public decisions (decision 0103): everyone, without login
                Padregel.openbaar(HttpMethod.GET, "/openbaar/maatregelen/**"),
                Padregel.openbaar(HttpMethod.GET, "/api/v1/openbare-maatregelen/**"));
    }
}
