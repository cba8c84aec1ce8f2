package nl.toezicht.register;

import java.util.List;
import nl.toezicht.toegang.Beheerpagina;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/**
 * The rights of module register. Reading the register is for every account; the import (a file upload) is
 * closed at the door as well as in the service.
 */
@Component
public final class RegisterRechten implements Toegangsverklaring {

    /** Registering and changing providers and their locations, importing them from a file. */
    public static final Recht BEHEREN = Recht.van("register.beheren");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.recht(BEHEREN, "/zorgaanbieders/import/**", "/api/v1/zorgaanbieders/import"));
    }

    @Override
    public List<Beheerpagina> beheerpaginas() {
        return List.of(
                new Beheerpagina("/zorgaanbieders/import", BEHEREN, "register.import.titel", "register.beheer.uitleg"));
    }
}
