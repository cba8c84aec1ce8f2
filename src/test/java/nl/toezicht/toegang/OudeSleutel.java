package nl.toezicht.toegang;

import java.util.Map;

/** Encrypts as an earlier configuration did, with a key that is no longer the active one (rotation tests). */
public final class OudeSleutel {

    private OudeSleutel() {}

    public static String versleutel(String sleutelId, String sleutel, String klaretekst) {
        Patientgegevens toen = new Patientgegevens(new Patientgegevens.Sleutels(
                Map.of(sleutelId, sleutel), sleutelId, "RGzdvMo+M/WEW/JY0H9MCKY6gozJu3LcZa4GpZ+HX/s="));
        return toen.versleutel(klaretekst);
    }
}
