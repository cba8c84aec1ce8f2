package nl.toezicht.documenten;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/** The rights of module documenten; need-to-know is the dossier's (a case's department). */
@Component
public final class DocumentRechten implements Toegangsverklaring {

    /** Listing and downloading the documents of a dossier one may see. */
    public static final Recht INZIEN = Recht.van("documenten.inzien");

    /** Adding documents and versions to a dossier, and filing letters made from templates. */
    public static final Recht OPSTELLEN = Recht.van("documenten.opstellen");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.recht(INZIEN, "/documenten/**"));
    }
}
