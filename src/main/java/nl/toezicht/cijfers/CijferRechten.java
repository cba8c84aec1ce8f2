package nl.toezicht.cijfers;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The rights of module cijfers and its public doors: the published figures. */
@Component
public final class CijferRechten implements Toegangsverklaring {

    /** Provisional figures (not yet approved) of any period: the inspectorate's own staff. */
    public static final Recht VOORLOPIG_INZIEN = Recht.van("cijfers.voorlopig-inzien");

    /** Unrounded figures, without disclosure control. */
    public static final Recht ONGEAFROND_INZIEN = Recht.van("cijfers.ongeafrond-inzien");

    /** Drafting and checking a year's figures, refreshing the daily counts. */
    public static final Recht OPSTELLEN = Recht.van("cijfers.opstellen");

    /** Approving a year's figures for publication (not the one who drafts them). */
    public static final Recht VASTSTELLEN = Recht.van("cijfers.vaststellen");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.openbaar(
                HttpMethod.GET, "/cijfers", "/api/v1/statistieken/tabellen", "/api/v1/statistieken/jaren/**"));
    }
}
