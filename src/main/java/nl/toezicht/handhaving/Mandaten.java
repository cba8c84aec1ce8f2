package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mandate table (handhaving.mandaat, data): which role may sign the letters of which kind of measure, up to
 * which amount. Seeded by V115; the administrator changes it on its page ({@link #wijzig}), every change kept
 * with who, when, before, after and why (handhaving.mandaatwijziging, decision 0095). A role without a row for the
 * kind signs none of its letters.
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

    /** One change of the table as kept: the row before and after (null: no mandate), who, when and why. */
    public record Wijziging(
            Rol rol,
            Maatregelsoort soort,
            boolean hadMandaat,
            @Nullable BigDecimal oudMaximum,
            boolean heeftMandaat,
            @Nullable BigDecimal nieuwMaximum,
            String reden,
            String door,
            Instant op) {}

    /** The roles that can hold a mandate: staff, never the provider. */
    static final Set<Rol> ROLLEN = EnumSet.complementOf(EnumSet.of(Rol.ZORGAANBIEDER));

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

    /**
     * Sets or removes the role's mandate for the kind (a caller has checked the right): {@code mandaat} false
     * removes the row, otherwise it is set to {@code maximum} (null: any amount). The change is kept with the
     * reason; a change that changes nothing is refused.
     */
    void wijzig(
            @Nullable Rol rol,
            @Nullable Maatregelsoort soort,
            boolean mandaat,
            @Nullable BigDecimal maximum,
            @Nullable String reden,
            String door,
            Instant op) {
        if (rol == null || !ROLLEN.contains(rol)) {
            throw Weigering.opVeld("rol", "mandaat.rol.ongeldig");
        }
        if (soort == null) {
            throw Weigering.opVeld("soort", "maatregel.veld.verplicht");
        }
        if (maximum != null
                && (!mandaat
                        || maximum.signum() < 0
                        || maximum.stripTrailingZeros().scale() > 2
                        || maximum.compareTo(new BigDecimal("9999999999.99")) > 0)) {
            throw Weigering.opVeld("maximum", "mandaat.maximum.ongeldig");
        }
        String waarom = reden == null ? "" : reden.strip();
        if (waarom.isEmpty() || waarom.length() > 500) {
            throw Weigering.opVeld("reden", "mandaat.reden.verplicht");
        }
        jdbc.sql("lock table handhaving.mandaat in share row exclusive mode").update();
        Optional<Mandaat> oud = van(rol, soort);
        boolean gelijk = oud.isPresent() == mandaat
                && (!mandaat
                        || (oud.get().maximumBedrag() == null
                                ? maximum == null
                                : maximum != null && oud.get().maximumBedrag().compareTo(maximum) == 0));
        if (gelijk) {
            throw new Weigering("mandaat.ongewijzigd");
        }
        if (mandaat) {
            jdbc.sql("insert into handhaving.mandaat (rol, soort, maximum_bedrag) values (?, ?, ?)"
                            + " on conflict (rol, soort) do update set maximum_bedrag = excluded.maximum_bedrag")
                    .params(rol.name(), soort.name(), maximum)
                    .update();
        } else {
            jdbc.sql("delete from handhaving.mandaat where rol = ? and soort = ?")
                    .params(rol.name(), soort.name())
                    .update();
        }
        jdbc.sql("insert into handhaving.mandaatwijziging (rol, soort, had_mandaat, oud_maximum, heeft_mandaat,"
                        + " nieuw_maximum, reden, door, op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        rol.name(),
                        soort.name(),
                        oud.isPresent(),
                        oud.map(Mandaat::maximumBedrag).orElse(null),
                        mandaat,
                        mandaat ? maximum : null,
                        waarom,
                        door,
                        Timestamp.from(op))
                .update();
    }

    /** The changes, newest first (at most 100). */
    public List<Wijziging> wijzigingen() {
        return jdbc.sql("select rol, soort, had_mandaat, oud_maximum, heeft_mandaat, nieuw_maximum, reden, door, op"
                        + " from handhaving.mandaatwijziging order by op desc, id desc limit 100")
                .query((rs, i) -> new Wijziging(
                        Rol.valueOf(rs.getString("rol")),
                        Maatregelsoort.valueOf(rs.getString("soort")),
                        rs.getBoolean("had_mandaat"),
                        rs.getBigDecimal("oud_maximum"),
                        rs.getBoolean("heeft_mandaat"),
                        rs.getBigDecimal("nieuw_maximum"),
                        rs.getString("reden"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant()))
                .list();
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable rolnaam(Rol rol) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("rol." + rol.name());
    }
}
