package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.documenten.Documentbestand;
import nl.toezicht.documenten.Documenten;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider portal's view of measures (issue 15): the provider (by the KvK numbers of its account) sees the
 * measures against it of which a letter went out, with their letters as PDF; nothing of a draft, nothing of the
 * inspectorate's own workings (timeline, clocks, notes), nothing of another provider: another's measure does not
 * exist for it (404, logged as refused in the access log). Every list and read is logged.
 */
@Service
public class Maatregelportaal {

    private final Maatregelen maatregelen;
    private final Handhaving handhaving;
    private final Register register;
    private final Documenten documenten;
    private final Toegangsbeleid toegang;
    private final Toegangslog log;
    private final JdbcClient jdbc;

    Maatregelportaal(
            Maatregelen maatregelen,
            Handhaving handhaving,
            Register register,
            Documenten documenten,
            Toegangsbeleid toegang,
            Toegangslog log,
            JdbcClient jdbc) {
        this.maatregelen = maatregelen;
        this.handhaving = handhaving;
        this.register = register;
        this.documenten = documenten;
        this.toegang = toegang;
        this.log = log;
        this.jdbc = jdbc;
    }

    /** One line of the portal's list. */
    public record Portaalregel(
            UUID id,
            String referentie,
            Maatregelsoort soort,
            Maatregelstatus status,
            String zorgaanbieder,
            @Nullable LocalDate besluitOp,
            @Nullable LocalDate termijnTot,
            BigDecimal openstaand) {}

    /** One measure as its provider sees it: the facts, the money and the letters sent. */
    public record Inzage(Maatregel maatregel, String zorgaanbieder, List<Maatregelbrief> brieven) {}

    /** The measures against the user's providers of which a letter went out, newest first (at most 200). */
    @Transactional(readOnly = true)
    public List<Portaalregel> mijnMaatregelen() {
        toegang.eis(HandhavingRechten.PORTAAL, Handeling.ZOEKEN);
        List<Maatregel> rijen = jdbc.sql("select " + Maatregelen.LEESKOLOMMEN + " from handhaving.maatregel m"
                        + " where zorgaanbieder_id = any(?)"
                        + " and exists (select 1 from handhaving.brief b where b.maatregel = m.id)"
                        + " order by aangemaakt_op desc, id limit 200")
                .param(mijnAanbieders())
                .query(Maatregelen::maatregel)
                .list();
        Map<ZorgaanbiederId, String> namen = register.namen(rijen.stream()
                .map(m -> new ZorgaanbiederId(m.zorgaanbiederId()))
                .toList());
        if (!rijen.isEmpty()) {
            log.toegestaan(
                    Handeling.ZOEKEN,
                    rijen.stream().map(m -> Logobject.maatregel(m.id())).toArray(Logobject[]::new));
        }
        return rijen.stream()
                .map(m -> new Portaalregel(
                        m.id(),
                        m.referentie(),
                        m.soort(),
                        m.status(),
                        namen.getOrDefault(new ZorgaanbiederId(m.zorgaanbiederId()), ""),
                        m.besluitOp(),
                        m.termijnTot(),
                        m.openstaand()))
                .toList();
    }

    /** One measure of the user's providers with a letter sent; another's does not exist (404, logged). */
    @Transactional(readOnly = true)
    public Inzage inzage(UUID id) {
        Maatregel m = toegang.lees(
                HandhavingRechten.PORTAAL,
                Logobject.maatregel(id),
                () -> eigen(id),
                x -> List.of(Logobject.maatregel(x.id())));
        String naam = register.vind(new ZorgaanbiederId(m.zorgaanbiederId()))
                .map(z -> z.naam())
                .orElse("");
        return new Inzage(m, naam, handhaving.brieven(m));
    }

    /** A letter of one of the user's measures as its PDF (the one filed when it was sent). */
    @Transactional(readOnly = true)
    public Documentbestand brief(UUID id, UUID brief) {
        Inzage inzage = inzage(id);
        Maatregelbrief b = inzage.brieven().stream()
                .filter(x -> x.id().equals(brief))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("object.document", brief.toString()));
        Documentbestand bestand = documenten
                .bestandVoorEigenaar(MaatregelDossiers.van(id), b.documentId())
                .orElseThrow(() -> new NietGevonden("object.document", brief.toString()));
        log.toegestaan(Handeling.INZIEN, Logobject.maatregel(id), Logobject.document(b.documentId()));
        return bestand;
    }

    private Optional<Maatregel> eigen(UUID id) {
        Set<UUID> mijn = Set.of(mijnAanbieders());
        return maatregelen
                .vind(id)
                .filter(m -> mijn.contains(m.zorgaanbiederId()))
                .filter(m -> jdbc.sql("select exists (select 1 from handhaving.brief where maatregel = ?)")
                        .param(m.id())
                        .query(Boolean.class)
                        .single());
    }

    private UUID[] mijnAanbieders() {
        return register.metKvkNummers(toegang.ik().kvkNummers()).stream()
                .map(ZorgaanbiederId::waarde)
                .toArray(UUID[]::new);
    }
}
