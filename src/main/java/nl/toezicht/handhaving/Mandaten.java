package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mandate table (handhaving.mandaat, data): which role may sign the letters of which kind of measure, up to
 * which amount. Seeded by V115, changed by the functional administrator in the database (a page to edit it is a
 * later slice). A role without a row for the kind signs none of its letters.
 */
@Repository
public class Mandaten {

    /** One row: the role may sign this kind up to the amount (null: any amount). */
    public record Mandaat(
            Rol rol, Maatregelsoort soort, @Nullable BigDecimal maximumBedrag) {}

    private final JdbcClient jdbc;

    Mandaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Mandaat> alle() {
        return jdbc.sql("select rol, soort, maximum_bedrag from handhaving.mandaat order by soort, rol")
                .query((rs, i) -> new Mandaat(
                        Rol.valueOf(rs.getString("rol")),
                        Maatregelsoort.valueOf(rs.getString("soort")),
                        rs.getBigDecimal("maximum_bedrag")))
                .list();
    }

    Optional<Mandaat> van(Rol rol, Maatregelsoort soort) {
        return jdbc.sql("select rol, soort, maximum_bedrag from handhaving.mandaat where rol = ? and soort = ?")
                .params(rol.name(), soort.name())
                .query((rs, i) -> new Mandaat(rol, soort, rs.getBigDecimal("maximum_bedrag")))
                .optional();
    }

    /**
     * Refuses (409, in Dutch) unless the role holds the mandate for the measure's kind and the amount it imposes.
     */
    void eis(Rol rol, Maatregel maatregel) {
        eis(rol, maatregel.soort(), maatregel.opgelegd());
    }

    /** As {@link #eis(Rol, Maatregel)} for measures of this kind imposing this amount (the bulk process's). */
    void eis(Rol rol, Maatregelsoort soort, BigDecimal bedrag) {
        Mandaat mandaat = van(rol, soort).orElseThrow(() -> new Weigering("maatregel.mandaat.geen", rolnaam(rol)));
        if (mandaat.maximumBedrag() != null && bedrag.compareTo(mandaat.maximumBedrag()) > 0) {
            throw new Weigering(
                    "maatregel.mandaat.bedrag",
                    rolnaam(rol),
                    mandaat.maximumBedrag().toPlainString());
        }
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable rolnaam(Rol rol) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("rol." + rol.name());
    }
}
