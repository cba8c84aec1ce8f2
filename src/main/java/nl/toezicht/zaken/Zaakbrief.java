package nl.toezicht.zaken;

import java.util.Arrays;
import java.util.Optional;

/** The letters a case can make from a template, and to whom they go. */
public enum Zaakbrief {
    /** To the reporter: the notification was received, under this case number. */
    ONTVANGSTBEVESTIGING("ontvangstbevestiging", false),
    /** To the reporter, once the case is closed: the outcome. */
    SLUITBRIEF("sluitbrief", false),
    /** To the provider of a calamity: send the investigation report by the deadline of the case's clock. */
    VERZOEK_ONDERZOEKSRAPPORT("verzoek-onderzoeksrapport", true);

    private final String code;
    private final boolean aanZorgaanbieder;

    Zaakbrief(String code, boolean aanZorgaanbieder) {
        this.code = code;
        this.aanZorgaanbieder = aanZorgaanbieder;
    }

    /** In URLs and as the document's letter kind. */
    public String code() {
        return code;
    }

    public boolean isAanZorgaanbieder() {
        return aanZorgaanbieder;
    }

    /** The template under {@code templates/brieven/}. */
    String sjabloon() {
        return "zaak-" + code;
    }

    public String berichtSleutel() {
        return "zaakbrief." + code;
    }

    public static Optional<Zaakbrief> metCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
