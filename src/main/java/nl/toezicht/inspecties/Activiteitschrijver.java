package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a past supervision activity, written straight into the live tables: what the demo data ({@link
 * Activiteitlader}) and the history import ({@link Inspectielader}) both write. Each loader decides what the rows hold
 * (its timeline, who did what when); this only writes them, in the caller's transaction.
 */
final class Activiteitschrijver {

    /** The activity's own row; {@code referentie} null takes the next of the live numbering in its first year. */
    record Activiteitrij(
            UUID id,
            @Nullable String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            Aanleiding aanleiding,
            @Nullable UUID zaakId,
            @Nullable String zaakReferentie,
            @Nullable String aanleidingOmschrijving,
            UUID zorgaanbieder,
            @Nullable UUID kaderversie,
            String leider,
            LocalDate begindatum,
            LocalDate einddatum) {}

    /**
     * The final report's row: who wrote, reviewed and made it final, when, and its PDF (stored here); a report of
     * the history import may have none ({@code pdf} and {@code sha256} null, decision 0107), with the old system's
     * reference.
     */
    record Rapportrij(
            String inleiding,
            String opgesteldDoor,
            Instant opgesteldOp,
            @Nullable String beoordeeldDoor,
            @Nullable Instant beoordeeldOp,
            Instant definitiefOp,
            byte @Nullable [] pdf,
            @Nullable String sha256,
            @Nullable String kenmerk,
            Map<String, String> teksten) {}

    private final JdbcClient jdbc;
    private final Bestandsopslag opslag;

    Activiteitschrijver(JdbcClient jdbc, Bestandsopslag opslag) {
        this.jdbc = jdbc;
        this.opslag = opslag;
    }

    /** The activity, created at {@code nu} by {@code door}; {@code geimporteerd} marks one of the history import. */
    void activiteit(Activiteitrij a, Instant nu, String door, boolean geimporteerd) {
        jdbc.sql("insert into inspecties.toezichtactiviteit (id, referentie, soort, aankondiging, status, afdeling,"
                        + " aanleiding, zaak_id, zaak_referentie, aanleiding_omschrijving, zorgaanbieder_id, kaderversie_id,"
                        + " leider, begindatum, einddatum, aangemaakt_op, aangemaakt_door, geimporteerd)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.id(),
                        a.referentie() != null
                                ? a.referentie()
                                : Referentie.volgende(
                                        jdbc,
                                        "inspecties.activiteit_nummer_seq",
                                        'T',
                                        a.begindatum().getYear()),
                        a.soort().name(),
                        a.aankondiging().name(),
                        a.status().name(),
                        a.afdeling().name(),
                        a.aanleiding().name(),
                        a.zaakId(),
                        a.zaakReferentie(),
                        a.aanleidingOmschrijving(),
                        a.zorgaanbieder(),
                        a.kaderversie(),
                        a.leider(),
                        Date.valueOf(a.begindatum()),
                        Date.valueOf(a.einddatum()),
                        Timestamp.from(nu),
                        door,
                        geimporteerd)
                .update();
    }

    void teamlid(UUID activiteit, String naam, boolean leider) {
        jdbc.sql("insert into inspecties.activiteit_teamlid (activiteit, gebruikersnaam, leider) values (?, ?, ?)")
                .params(activiteit, naam, leider)
                .update();
    }

    void locaties(UUID activiteit, List<UUID> locaties) {
        for (UUID locatie : locaties) {
            jdbc.sql("insert into inspecties.activiteit_locatie (activiteit, locatie_id) values (?, ?)")
                    .params(activiteit, locatie)
                    .update();
        }
    }

    /** One entry of the activity's timeline. */
    void stap(
            UUID activiteit,
            int volgnummer,
            @Nullable Activiteitstatus van,
            Activiteitstatus naar,
            Activiteitstap stap,
            String door,
            Instant op,
            @Nullable String toelichting) {
        jdbc.sql("insert into inspecties.activiteitstap (activiteit, volgnummer, van, naar, stap, door, op,"
                        + " toelichting) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        activiteit,
                        volgnummer,
                        van == null ? null : van.name(),
                        naar.name(),
                        stap.name(),
                        door,
                        Timestamp.from(op),
                        toelichting)
                .update();
    }

    void bevinding(
            UUID activiteit, String normCode, @Nullable String score, String onderbouwing, Instant op, String door) {
        jdbc.sql("insert into inspecties.bevinding (activiteit, norm_code, score, onderbouwing, opgeslagen_op,"
                        + " opgeslagen_door) values (?, ?, ?, ?, ?, ?)")
                .params(activiteit, normCode, score, onderbouwing, Timestamp.from(op), door)
                .update();
    }

    /** A file of a finding, its bytes through the file store, removed again when the transaction does not commit. */
    void bevindingbijlage(UUID activiteit, String normCode, Inspectielader.Bijlagebestand f, String door, Instant op) {
        String sleutel = opslag.bewaar(new Rapportage.Bytes(f.bestandsnaam(), f.inhoud()), f.sha256());
        opslag.verwijderBijRollback(sleutel);
        jdbc.sql("insert into inspecties.bevindingbijlage (id, activiteit, norm_code, sleutel, bestandsnaam,"
                        + " mediatype, grootte, sha256, opslag_sleutel, door, op)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        activiteit,
                        normCode,
                        UUID.randomUUID(),
                        f.bestandsnaam(),
                        f.mediatype(),
                        (long) f.inhoud().length,
                        f.sha256(),
                        sleutel,
                        door,
                        Timestamp.from(op))
                .update();
    }

    /**
     * The final report with its texts per norm; its PDF through the file store (as {@link Rapportage} stores a live
     * one), removed again when the transaction does not commit.
     */
    void rapport(UUID activiteit, Rapportrij r) {
        byte[] pdf = r.pdf();
        String sleutel = null;
        if (pdf != null) {
            sleutel = opslag.bewaar(
                    new Rapportage.Bytes("inspectierapport.pdf", pdf), Objects.requireNonNull(r.sha256()));
            opslag.verwijderBijRollback(sleutel);
        }
        jdbc.sql("insert into inspecties.rapport (activiteit, sjabloon, inleiding, opgesteld_door, opgesteld_op,"
                        + " aangeboden_door, beoordeeld_door, beoordeeld_op, definitief_door, definitief_op,"
                        + " pdf_sleutel, pdf_sha256, pdf_grootte, pdf_ontbreekt, kenmerk_vorig_systeem)"
                        + " values (?, 'inspectierapport', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        activiteit,
                        r.inleiding(),
                        r.opgesteldDoor(),
                        Timestamp.from(r.opgesteldOp()),
                        r.opgesteldDoor(),
                        r.beoordeeldDoor(),
                        r.beoordeeldOp() == null ? null : Timestamp.from(r.beoordeeldOp()),
                        r.opgesteldDoor(),
                        Timestamp.from(r.definitiefOp()),
                        sleutel,
                        r.sha256(),
                        pdf == null ? null : (long) pdf.length,
                        pdf == null,
                        r.kenmerk())
                .update();
        for (Map.Entry<String, String> t : r.teksten().entrySet()) {
            jdbc.sql("insert into inspecties.rapporttekst (activiteit, norm_code, tekst) values (?, ?, ?)")
                    .params(activiteit, t.getKey(), t.getValue())
                    .update();
        }
    }
}
