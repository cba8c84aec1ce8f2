package nl.toezicht.handhaving.web;

import java.math.BigDecimal;
import nl.toezicht.handhaving.Handhaving;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Amounts on the enforcement pages, as the letters write them: {@code ${@euro.van(bedrag)}}. */
@Component("euro")
class Euro {

    public String van(@Nullable BigDecimal bedrag) {
        return bedrag == null ? "" : Handhaving.euro(bedrag);
    }
}
