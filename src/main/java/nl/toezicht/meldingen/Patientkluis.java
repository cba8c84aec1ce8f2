package nl.toezicht.meldingen;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import nl.toezicht.toegang.Patientgegevens;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts a notification's patient on the way in and decrypts it for those who may see it. The pseudonym
 * is the keyed hash of the BSN when there is one (so the privacy officer finds a patient by BSN), else of
 * the normalised name with the date of birth; with neither there is nothing to link.
 */
@Component
class Patientkluis {

    private final Patientgegevens patientgegevens;

    Patientkluis(Patientgegevens patientgegevens) {
        this.patientgegevens = patientgegevens;
    }

    VersleuteldePatient versleutel(Patient p) {
        return new VersleuteldePatient(
                p.bsn() == null ? null : patientgegevens.versleutel(p.bsn()),
                p.naam() == null ? null : patientgegevens.versleutel(p.naam()),
                p.geboortedatum() == null
                        ? null
                        : patientgegevens.versleutel(p.geboortedatum().toString()),
                pseudoniem(p.bsn(), p.naam(), p.geboortedatum()));
    }

    Patient ontsleutel(VersleuteldePatient v) {
        return new Patient(
                v.naamVersleuteld() == null ? null : patientgegevens.ontsleutel(v.naamVersleuteld()),
                v.geboortedatumVersleuteld() == null
                        ? null
                        : LocalDate.parse(patientgegevens.ontsleutel(v.geboortedatumVersleuteld())),
                v.bsnVersleuteld() == null ? null : patientgegevens.ontsleutel(v.bsnVersleuteld()));
    }

    /** Whether this stored value was made with a key that is no longer the active one. */
    boolean isOudeSleutel(VersleuteldePatient v) {
        return (v.bsnVersleuteld() != null && patientgegevens.isOudeSleutel(v.bsnVersleuteld()))
                || (v.naamVersleuteld() != null && patientgegevens.isOudeSleutel(v.naamVersleuteld()))
                || (v.geboortedatumVersleuteld() != null
                        && patientgegevens.isOudeSleutel(v.geboortedatumVersleuteld()));
    }

    @Nullable
    String pseudoniem(@Nullable String bsn, @Nullable String naam, @Nullable LocalDate geboortedatum) {
        if (bsn != null) {
            return patientgegevens.pseudoniem(bsn);
        }
        if (naam != null && geboortedatum != null) {
            return patientgegevens.pseudoniem("naam:" + normaal(naam) + "|" + geboortedatum);
        }
        return null;
    }

    /** "J. de  Vries" and "j. de vries" are the same person; accents do not matter either. */
    private static String normaal(String naam) {
        return Normalizer.normalize(naam, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
