package nl.toezicht.zoeken;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/**
 * The rights of module zoeken (decision 0036): using the search box. What it finds is decided by each owner's
 * own rights (reading cases, notifications) and need-to-know.
 */
@Component
public final class ZoekRechten implements Toegangsverklaring {

    /** Search across cases, notifications and care providers. */
    public static final Recht ZOEKEN = Recht.van("zoeken.zoeken");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.recht(ZOEKEN, "/zoeken", "/api/v1/zoeken"));
    }
}
