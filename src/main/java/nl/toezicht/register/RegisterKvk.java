package nl.toezicht.register;

import java.util.List;
import nl.toezicht.toegang.Kvkregister;
import org.springframework.stereotype.Component;

/** Tells module toegang which KvK numbers are in the register (for API keys). */
@Component
class RegisterKvk implements Kvkregister {

    private final Register register;

    RegisterKvk(Register register) {
        this.register = register;
    }

    @Override
    public boolean isIngeschreven(String kvkNummer) {
        return !register.metKvkNummers(List.of(kvkNummer)).isEmpty();
    }
}
