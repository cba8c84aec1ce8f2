package nl.toezicht.historie;

import java.util.List;
import nl.toezicht.toegang.Beheerpagina;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/** The rights of module historie and its doors (the administrator's import page and API). */
@Component
public final class HistorieRechten implements Toegangsverklaring {

    /** Importing the past from the systems Toezicht replaces, and reading the runs' reports. */
    public static final Recht IMPORTEREN = Recht.van("historie.importeren");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.recht(IMPORTEREN, "/beheer/historie", "/beheer/historie/**", "/api/v1/historie/**"));
    }

    @Override
    public List<Beheerpagina> beheerpaginas() {
        return List.of(
                new Beheerpagina("/beheer/historie", IMPORTEREN, "historie.pagina.titel", "historie.beheer.uitleg"));
    }
}
