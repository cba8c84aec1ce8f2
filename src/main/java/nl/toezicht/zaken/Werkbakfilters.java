package nl.toezicht.zaken;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's saved views of the work queue (issue 13 item 7): named, stored, applied and deleted by their owner
 * only; someone else's filter is not found (its id says nothing). A filter holds no case data, only the query
 * string of the work queue, which the web layer builds from its checked parameters.
 */
@Service
public class Werkbakfilters {

    /** Enough for a person's habits; more is a list nobody reads. */
    public static final int MAXIMUM = 30;

    public record Werkbakfilter(UUID id, String naam, String zoekopdracht, Instant aangemaaktOp) {}

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final Clock clock;

    Werkbakfilters(JdbcClient jdbc, Toegangsbeleid toegang, Clock clock) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The current user's filters by name. */
    @Transactional(readOnly = true)
    public List<Werkbakfilter> mijn() {
        toegang.eis(ZaakRechten.INZIEN);
        return vanEigenaar();
    }

    private List<Werkbakfilter> vanEigenaar() {
        return jdbc.sql("select id, naam, zoekopdracht, aangemaakt_op from zaken.werkbakfilter where eigenaar = ?"
                        + " order by lower(naam), id")
                .param(eigenaar())
                .query((rs, i) -> new Werkbakfilter(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("zoekopdracht"),
                        rs.getTimestamp("aangemaakt_op").toInstant()))
                .list();
    }

    /** One of the current user's filters; another's, or none, is not found. */
    @Transactional(readOnly = true)
    public Werkbakfilter van(UUID id) {
        return vanEigenaar().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("object.werkbakfilter", id));
    }

    /**
     * Saves the current view under a name; the same name again replaces that filter's view.
     *
     * @throws Weigering on field {@code naam} for a missing or too long name, or beyond {@value #MAXIMUM} filters
     */
    @Transactional
    public Werkbakfilter bewaar(@Nullable String naam, String zoekopdracht) {
        toegang.eis(ZaakRechten.INZIEN, Handeling.ZOEKEN);
        String gekozen = naam == null ? "" : naam.strip();
        if (gekozen.isEmpty()) {
            throw Weigering.opVeld("naam", "werkbak.filter.naam.verplicht");
        }
        if (gekozen.length() > 60) {
            throw Weigering.opVeld("naam", "werkbak.filter.naam.te-lang", 60);
        }
        if (zoekopdracht.length() > 500) {
            throw Weigering.opVeld("naam", "werkbak.filter.te-lang");
        }
        String wie = eigenaar();
        Optional<UUID> bestaand = jdbc.sql("select id from zaken.werkbakfilter where eigenaar = ? and naam = ?")
                .params(wie, gekozen)
                .query(UUID.class)
                .optional();
        Instant nu = Instant.now(clock);
        if (bestaand.isPresent()) {
            jdbc.sql("update zaken.werkbakfilter set zoekopdracht = ?, aangemaakt_op = ? where id = ?")
                    .params(zoekopdracht, java.sql.Timestamp.from(nu), bestaand.get())
                    .update();
            return new Werkbakfilter(bestaand.get(), gekozen, zoekopdracht, nu);
        }
        long aantal = jdbc.sql("select count(*) from zaken.werkbakfilter where eigenaar = ?")
                .param(wie)
                .query(Long.class)
                .single();
        if (aantal >= MAXIMUM) {
            throw Weigering.opVeld("naam", "werkbak.filter.te-veel", MAXIMUM);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into zaken.werkbakfilter (id, eigenaar, naam, zoekopdracht, aangemaakt_op)"
                        + " values (?, ?, ?, ?, ?)")
                .params(id, wie, gekozen, zoekopdracht, java.sql.Timestamp.from(nu))
                .update();
        return new Werkbakfilter(id, gekozen, zoekopdracht, nu);
    }

    /** Deletes one of the current user's filters; another's, or none, is not found (and stays). */
    @Transactional
    public void verwijder(UUID id) {
        int weg = jdbc.sql("delete from zaken.werkbakfilter where id = ? and eigenaar = ?")
                .params(id, eigenaar())
                .update();
        if (weg == 0) {
            throw new NietGevonden("object.werkbakfilter", id);
        }
    }

    private String eigenaar() {
        return toegang.ik().gebruikersnaam();
    }
}
