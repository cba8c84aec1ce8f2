package nl.toezicht.termijnen;

import java.util.Objects;

/**
 * A reason a clock of a kind may stand still, and the rule that allows it (e.g. {@code VERZUIMHERSTEL}, Awb
 * 7:10 lid 1 with 6:6). Its Dutch name is message {@code opschortingsgrond.<code>}.
 */
public record Opschortingsgrond(String code, String grondslag) {

    public Opschortingsgrond {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(grondslag, "grondslag");
    }

    public String berichtSleutel() {
        return "opschortingsgrond." + code;
    }
}
