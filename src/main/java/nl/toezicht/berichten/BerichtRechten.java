package nl.toezicht.berichten;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/** The rights of module berichten (decision 0036): one's own alerts and one's preference. */
@Component
public final class BerichtRechten implements Toegangsverklaring {

    /** Read one's own alerts, mark them read, choose whether they also come by e-mail. */
    public static final Recht LEZEN = Recht.van("berichten.lezen");

    @Override
    public List<Padregel> padregels() {
        return List.of(Padregel.recht(LEZEN, "/berichten", "/berichten/**"));
    }
}
