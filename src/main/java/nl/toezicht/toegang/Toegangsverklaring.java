package nl.toezicht.toegang;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * How a module declares what may be done with it, without editing {@code toegang}: its rights and the URL
 * rules of its pages and API. Each module has one bean implementing this, usually a class {@code
 * <Module>Rechten} whose {@code public static final Recht} constants are its rights (found by
 * {@link #rechten()}); other modules use those constants where they must ask for one. Which roles have a
 * right is not said here but in the one table {@code toegang/rechten.yaml} (decision 0036).
 *
 * <pre>{@code
 * @Component
 * public final class InspectieRechten implements Toegangsverklaring {
 *     public static final Recht INZIEN = Recht.van("inspecties.inzien");
 *     public static final Recht PLANNEN = Recht.van("inspecties.plannen");
 *
 *     @Override
 *     public List<Padregel> padregels() {
 *         return List.of(Padregel.recht(PLANNEN, "/inspecties/planning/**"));
 *     }
 * }
 * }</pre>
 */
public interface Toegangsverklaring {

    /** The module's rights: by default every {@code public static final Recht} field of the class. */
    default List<Recht> rechten() {
        List<Recht> rechten = new ArrayList<>();
        for (Field veld :
                org.springframework.util.ClassUtils.getUserClass(getClass()).getDeclaredFields()) {
            int m = veld.getModifiers();
            if (veld.getType() == Recht.class && Modifier.isStatic(m) && Modifier.isFinal(m) && Modifier.isPublic(m)) {
                try {
                    rechten.add((Recht) veld.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rechten;
    }

    /** The URL rules of the module's public doors and of paths that need a right; none by default. */
    default List<Padregel> padregels() {
        return List.of();
    }

    /** The module's pages for the administrator, listed on {@code /beheer}; none by default. */
    default List<Beheerpagina> beheerpaginas() {
        return List.of();
    }
}
