package nl.toezicht.inspecties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The history import's writer and reader for inspections (issue 14; module historie, decision 0030): past framework
 * versions, published as they were and immutable as any published version, and past supervision activities with
 * their team, locations, findings, effect and final report (its PDF kept through {@link Bestandsopslag} with its
 * SHA-256, as {@link Rapportage} keeps a live one). An imported activity is not replayed through the flow: it is
 * marked ({@code geimporteerd}) and its timeline is one entry, {@link Activiteitstap#GEIMPORTEERD}. It lands in the
 * same tables as a live one, so the figures ({@link Productiecijfers}) count it as they count a live one. Writes in
 * the caller's transaction; no event, clock or access log (the import logs its run).
 */
@Service
public class Inspectielader {

    /** Who took the one timeline entry of an imported activity: no person. */
    public static final String SYSTEEM = "systeem";

    /** The states a past activity is imported in: cancelled, carried out, or final with its report. */
    public static final Set<Activiteitstatus> TOEGESTAAN = EnumSet.of(
            Activiteitstatus.GEANNULEERD, Activiteitstatus.VELDWERK_AFGEROND, Activiteitstatus.RAPPORT_DEFINITIEF);

    private final JdbcClient jdbc;
    private final Bestandsopslag opslag;
    private final Kaderversies kaderversies;
    private final Activiteitschrijver schrijver;

    public Inspectielader(JdbcClient jdbc, Bestandsopslag opslag) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.schrijver = new Activiteitschrijver(jdbc, opslag);
        this.kaderversies = new Kaderversies(jdbc);
    }

    /** A published framework version as findings are judged against: its norms and the codes of its scale. */
    public record Kaderschaal(UUID versie, Set<String> normen, List<String> schaal) {}

    /** The framework version, if it is there and published. */
    public Optional<Kaderschaal> gepubliceerdeVersie(UUID id) {
        return kaderversies.vind(id).filter(Kaderversie::isGepubliceerd).map(Inspectielader::schaal);
    }

    private static Kaderschaal schaal(Kaderversie v) {
        return new Kaderschaal(
                v.id(),
                Set.copyOf(v.inhoud().normen().keySet()),
                v.inhoud().schaal().stream().map(Kaderinhoud.Schaalstap::code).toList());
    }

    /**
     * Stores a past framework version from its exchange document ({@link Kaderdocument}), published at {@code
     * gepubliceerdOp}; its number is {@code versie} when given (refused on {@code kader.versie} when the framework
     * has it already), else the next. Refuses a document the editor would refuse, on the field's JSON pointer.
     */
    public Kaderschaal importeerKaderversie(
            String document, @Nullable Integer versie, Instant gepubliceerdOp, String door, Instant nu) {
        Kaderdocument.Gelezen gelezen = Kaderdocument.lees(document);
        UUID kader = kaderversies
                .kaderMetCode(gelezen.code())
                .orElseGet(() -> kaderversies.nieuwKader(gelezen.code(), gepubliceerdOp));
        int hoogste = kaderversies.vanKader(kader).stream()
                .mapToInt(Kaderversie::versie)
                .max()
                .orElse(0);
        int nummer;
        if (versie == null) {
            nummer = hoogste + 1;
        } else {
            if (versie < 1) {
                throw Weigering.opVeld("versie", "historie.kaderversie.versie.ongeldig");
            }
            boolean bezet = kaderversies.vanKader(kader).stream().anyMatch(v -> v.versie() == versie);
            if (bezet) {
                throw Weigering.opVeld("versie", "historie.kaderversie.versie.bestaat", gelezen.code(), versie);
            }
            nummer = versie;
        }
        Kaderversie v = new Kaderversie(
                UUID.randomUUID(),
                kader,
                gelezen.code(),
                nummer,
                Kaderstatus.GEPUBLICEERD,
                gelezen.naam(),
                gelezen.sector(),
                gelezen.inhoud(),
                nu,
                door,
                gepubliceerdOp,
                door,
                0);
        kaderversies.voegToe(v);
        return schaal(v);
    }

    /**
     * A finding on a norm: the score's code (null: not scored), the evidence, and its photos and documents (judged
     * by {@link Bestandskeuring} before they get here).
     */
    public record Bevindingregel(
            String normCode, @Nullable String score, String onderbouwing, List<Bijlagebestand> bijlagen) {

        public Bevindingregel {
            bijlagen = List.copyOf(bijlagen);
        }

        public Bevindingregel(String normCode, @Nullable String score, String onderbouwing) {
            this(normCode, score, onderbouwing, List.of());
        }
    }

    /**
     * A photo or document of a finding: its name, the media type {@link Bestandskeuring} recognised in its bytes, the
     * bytes and their SHA-256 (hex), which the file store checks again.
     */
    public record Bijlagebestand(String bestandsnaam, String mediatype, byte[] inhoud, String sha256) {}

    /** A team member: a user name, or the name of someone no longer here (not a user name). */
    public record Teamlid(String naam, boolean leider) {}

    /** "Toezicht met effect": what it should achieve; when judged, the outcome, why and when. */
    public record Effect(
            String beoogd,
            @Nullable Effectuitkomst uitkomst,
            @Nullable String toelichting,
            @Nullable Instant beoordeeldOp) {}

    /**
     * The final report: its introduction, text per norm, who reviewed it, when it was made final, its PDF with its
     * SHA-256 — or neither, when the old system kept only that it was made final (decision 0107), with its
     * reference there ({@code kenmerk}) when it had one.
     */
    public record Eindrapport(
            String inleiding,
            Map<String, String> teksten,
            @Nullable String beoordeeldDoor,
            Instant definitiefOp,
            byte @Nullable [] pdf,
            @Nullable String sha256,
            @Nullable String kenmerk) {

        public Eindrapport {
            if ((pdf == null) != (sha256 == null)) {
                throw new IllegalArgumentException("a PDF with its checksum, or neither");
            }
        }

        public boolean zonderPdf() {
            return pdf == null;
        }
    }

    /**
     * One past activity, judged by the import; {@code zaakId} when its reason is a case, with the case's reference
     * when it is known yet (a case imported in the same chunk gets it when written: {@link #zaakreferenties}).
     */
    public record Geimporteerdeactiviteit(
            UUID id,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            Aanleiding aanleiding,
            @Nullable UUID zaakId,
            @Nullable String zaakReferentie,
            @Nullable String aanleidingOmschrijving,
            UUID zorgaanbieder,
            List<UUID> locaties,
            @Nullable UUID kaderversie,
            List<Teamlid> team,
            LocalDate begindatum,
            LocalDate einddatum,
            List<Bevindingregel> bevindingen,
            @Nullable Effect effect,
            @Nullable Eindrapport rapport,
            @Nullable String toelichting) {

        public Geimporteerdeactiviteit {
            if (!TOEGESTAAN.contains(status)) {
                throw new IllegalArgumentException("an imported activity is cancelled, carried out or final");
            }
            if ((rapport != null) != (status == Activiteitstatus.RAPPORT_DEFINITIEF)) {
                throw new IllegalArgumentException("a final report belongs to a final activity, and only there");
            }
            if (team.stream().filter(Teamlid::leider).count() != 1) {
                throw new IllegalArgumentException("one lead inspector");
            }
            if ((aanleiding == Aanleiding.ZAAK) != (zaakId != null)) {
                throw new IllegalArgumentException("a case as the reason, and only then");
            }
            locaties = List.copyOf(locaties);
            team = List.copyOf(team);
            bevindingen = List.copyOf(bevindingen);
        }

        public String leider() {
            return team.stream()
                    .filter(Teamlid::leider)
                    .findFirst()
                    .orElseThrow()
                    .naam();
        }
    }

    /**
     * Writes them, in the caller's transaction; the PDFs through the file store, removed again when the transaction
     * does not commit (a dry run leaves no file behind). The reference is the next of the live numbering in the year
     * of the first day, so a live activity never gets a number of the import.
     */
    public void schrijf(List<Geimporteerdeactiviteit> activiteiten, Instant nu) {
        for (Geimporteerdeactiviteit a : activiteiten) {
            String leider = a.leider();
            schrijver.activiteit(
                    new Activiteitschrijver.Activiteitrij(
                            a.id(),
                            null,
                            a.soort(),
                            a.aankondiging(),
                            a.status(),
                            a.afdeling(),
                            a.aanleiding(),
                            a.zaakId(),
                            a.zaakReferentie(),
                            a.aanleidingOmschrijving(),
                            a.zorgaanbieder(),
                            a.kaderversie(),
                            leider,
                            a.begindatum(),
                            a.einddatum()),
                    nu,
                    SYSTEEM,
                    true);
            for (Teamlid t : a.team()) {
                schrijver.teamlid(a.id(), t.naam(), t.leider());
            }
            schrijver.locaties(a.id(), a.locaties());
            Instant eind =
                    a.einddatum().atTime(17, 0).atZone(Tijdzone.NEDERLAND).toInstant();
            Eindrapport r = a.rapport();
            Instant stand = r != null ? r.definitiefOp() : eind;
            schrijver.stap(a.id(), 1, null, a.status(), Activiteitstap.GEIMPORTEERD, SYSTEEM, stand, a.toelichting());
            for (Bevindingregel b : a.bevindingen()) {
                schrijver.bevinding(a.id(), b.normCode(), b.score(), b.onderbouwing(), eind, leider);
                for (Bijlagebestand f : b.bijlagen()) {
                    schrijver.bevindingbijlage(a.id(), b.normCode(), f, leider, eind);
                }
            }
            Effect e = a.effect();
            if (e != null) {
                Instant begin = a.begindatum().atStartOfDay(Tijdzone.NEDERLAND).toInstant();
                jdbc.sql("insert into inspecties.toezichteffect (activiteit, beoogd, beoogd_door, beoogd_op, uitkomst,"
                                + " toelichting, beoordeeld_door, beoordeeld_op) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                a.id(),
                                e.beoogd(),
                                leider,
                                Timestamp.from(begin),
                                e.uitkomst() == null ? null : e.uitkomst().name(),
                                e.toelichting(),
                                e.uitkomst() == null ? null : leider,
                                e.beoordeeldOp() == null ? null : Timestamp.from(e.beoordeeldOp()))
                        .update();
            }
            if (r != null) {
                schrijver.rapport(
                        a.id(),
                        new Activiteitschrijver.Rapportrij(
                                r.inleiding(),
                                leider,
                                eind.isAfter(r.definitiefOp()) ? r.definitiefOp() : eind,
                                r.beoordeeldDoor(),
                                r.beoordeeldDoor() == null ? null : r.definitiefOp(),
                                r.definitiefOp(),
                                r.pdf(),
                                r.sha256(),
                                r.kenmerk(),
                                r.teksten()));
            }
        }
    }

    /**
     * Gives the imported activities whose reason is one of these cases (by case id) the case's reference, once the
     * case is written: a case imported in the same chunk as its activity has its reference only then.
     */
    public void zaakreferenties(Map<UUID, String> referenties) {
        for (Map.Entry<UUID, String> e : referenties.entrySet()) {
            jdbc.sql("update inspecties.toezichtactiviteit set zaak_referentie = ? where zaak_id = ?"
                            + " and zaak_referentie is null and geimporteerd")
                    .params(e.getValue(), e.getKey())
                    .update();
        }
    }

    // ---------------------------------------------------------------- the export

    /** A published framework version as the exchange document, with its number and publication. */
    public record Uitgaandeversie(UUID id, int versie, Instant gepubliceerdOp, String document) {}

    /** Every published framework version, by framework and number. */
    public List<Uitgaandeversie> gepubliceerdeVersies() {
        return kaderversies.alle().stream()
                .filter(Kaderversie::isGepubliceerd)
                .map(v -> new Uitgaandeversie(
                        v.id(),
                        v.versie(),
                        java.util.Objects.requireNonNull(v.gepubliceerdOp()),
                        Kaderdocument.schrijf(v)))
                .toList();
    }

    /**
     * Every activity in a state the import takes (cancelled, carried out, final), by first day, as it would be
     * imported; the PDF read from the file store. A published or running one is left out: the format has no
     * place for its clock or its publication.
     */
    public void uitgaandeActiviteiten(Consumer<Geimporteerdeactiviteit> schrijver) {
        List<UUID> ids = jdbc.sql("select id from inspecties.toezichtactiviteit where status in (?, ?, ?)"
                        + " order by begindatum, id")
                .params(TOEGESTAAN.stream().map(Enum::name).toArray())
                .query(UUID.class)
                .list();
        for (UUID id : ids) {
            schrijver.accept(uitgaand(id));
        }
    }

    private Geimporteerdeactiviteit uitgaand(UUID id) {
        List<Teamlid> team = jdbc.sql("select gebruikersnaam, leider from inspecties.activiteit_teamlid"
                        + " where activiteit = ? order by leider desc, gebruikersnaam")
                .param(id)
                .query((rs, i) -> new Teamlid(rs.getString(1), rs.getBoolean(2)))
                .list();
        List<UUID> locaties = jdbc.sql(
                        "select locatie_id from inspecties.activiteit_locatie where activiteit = ? order by locatie_id")
                .param(id)
                .query(UUID.class)
                .list();
        Map<String, List<Bijlagebestand>> bijlagen = new LinkedHashMap<>();
        jdbc.sql("select norm_code, bestandsnaam, mediatype, opslag_sleutel, sha256 from inspecties.bevindingbijlage"
                        + " where activiteit = ? order by norm_code, op, id")
                .param(id)
                .query(rs -> {
                    bijlagen.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                            .add(new Bijlagebestand(
                                    rs.getString(2), rs.getString(3), pdf(rs.getString(4)), rs.getString(5)));
                });
        List<Bevindingregel> bevindingen = jdbc.sql("select norm_code, score, onderbouwing from inspecties.bevinding"
                        + " where activiteit = ? order by norm_code")
                .param(id)
                .query((rs, i) -> new Bevindingregel(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        bijlagen.getOrDefault(rs.getString(1), List.of())))
                .list();
        Effect effect = jdbc.sql("select beoogd, uitkomst, toelichting, beoordeeld_op from inspecties.toezichteffect"
                        + " where activiteit = ?")
                .param(id)
                .query((rs, i) -> new Effect(
                        rs.getString(1),
                        rs.getString(2) == null ? null : Effectuitkomst.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional()
                .orElse(null);
        Map<String, String> teksten = new LinkedHashMap<>();
        jdbc.sql("select norm_code, tekst from inspecties.rapporttekst where activiteit = ? order by norm_code")
                .param(id)
                .query(rs -> {
                    teksten.put(rs.getString(1), rs.getString(2));
                });
        Eindrapport rapport = jdbc.sql(
                        "select inleiding, beoordeeld_door, definitief_op, pdf_sleutel, pdf_sha256,"
                                + " kenmerk_vorig_systeem from inspecties.rapport where activiteit = ? and definitief_op is not null")
                .param(id)
                .query((rs, i) -> new Eindrapport(
                        rs.getString(1),
                        teksten,
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4) == null ? null : pdf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)))
                .optional()
                .orElse(null);
        String toelichting = jdbc.sql("select toelichting from inspecties.activiteitstap where activiteit = ?"
                        + " and stap = 'GEIMPORTEERD'")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        return jdbc.sql("select soort, aankondiging, status, afdeling, aanleiding, aanleiding_omschrijving,"
                        + " zorgaanbieder_id, kaderversie_id, begindatum, einddatum, zaak_id, zaak_referentie"
                        + " from inspecties.toezichtactiviteit where id = ?")
                .param(id)
                .query((rs, i) -> new Geimporteerdeactiviteit(
                        id,
                        Activiteitsoort.valueOf(rs.getString(1)),
                        Aankondiging.valueOf(rs.getString(2)),
                        Activiteitstatus.valueOf(rs.getString(3)),
                        Zorgsector.valueOf(rs.getString(4)),
                        Aanleiding.valueOf(rs.getString(5)),
                        rs.getObject(11, UUID.class),
                        rs.getString(12),
                        rs.getString(6),
                        rs.getObject(7, UUID.class),
                        new ArrayList<>(locaties),
                        rs.getObject(8, UUID.class),
                        team,
                        rs.getDate(9).toLocalDate(),
                        rs.getDate(10).toLocalDate(),
                        bevindingen,
                        effect,
                        rapport,
                        toelichting))
                .single();
    }

    private byte[] pdf(String sleutel) {
        try (InputStream in = opslag.open(sleutel)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 (hex) of the bytes, as the file store checks it. */
    public static String sha256(byte[] inhoud) {
        return Bestandskeuring.sha256(inhoud);
    }
}
