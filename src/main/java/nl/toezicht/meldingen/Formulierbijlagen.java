package nl.toezicht.meldingen;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Upload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments a reporter chose on a public form that came back with errors. A browser cannot fill a file
 * field again, so the files that passed inspection are kept under the form's one-time key and offered back
 * as "kept"; the next submit of that form takes them along. Forgotten once the notification is taken in, or
 * after a day.
 */
@Service
public class Formulierbijlagen {

    private final JdbcClient jdbc;
    private final Bestandsopslag opslag;
    private final MeldingIntake intake;
    private final Clock clock;

    Formulierbijlagen(JdbcClient jdbc, Bestandsopslag opslag, MeldingIntake intake, Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.intake = intake;
        this.clock = clock;
    }

    /** A kept attachment as the form shows it. */
    public record Bewaard(UUID id, String bestandsnaam, long grootte) {}

    /**
     * Keeps an attachment that passed inspection under the form's key.
     *
     * @throws nl.toezicht.kern.Weigering on {@code bijlagen} when the file is refused (it is not kept)
     */
    @Transactional
    public Bewaard bewaar(String formulierSleutel, Upload upload) {
        String sha256 = intake.keurBijlage(upload);
        UUID id = UUID.randomUUID();
        String naam = MeldingIntake.bestandsnaam(upload.bestandsnaam());
        String opslagSleutel = opslag.bewaar(upload, sha256);
        jdbc.sql("insert into meldingen.formulier_bijlage "
                        + "(id, formulier_sleutel, bestandsnaam, grootte, sha256, opslag_sleutel, bewaard_op) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        formulierSleutel,
                        naam,
                        upload.grootte(),
                        sha256,
                        opslagSleutel,
                        Timestamp.from(Instant.now(clock)))
                .update();
        return new Bewaard(id, naam, upload.grootte());
    }

    /** The kept attachments among {@code ids} that belong to this form (others are ignored), in order kept. */
    public List<Bewaard> van(String formulierSleutel, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, bestandsnaam, grootte from meldingen.formulier_bijlage "
                        + "where formulier_sleutel = :sleutel and id in (:ids) order by bewaard_op, id")
                .param("sleutel", formulierSleutel)
                .param("ids", ids)
                .query((rs, i) -> new Bewaard(
                        rs.getObject("id", UUID.class), rs.getString("bestandsnaam"), rs.getLong("grootte")))
                .list();
    }

    /** The kept attachments as uploads, to take in with the notification. */
    public List<Upload> alsUploads(String formulierSleutel, List<Bewaard> bewaard) {
        return bewaard.stream()
                .map(b -> (Upload)
                        new BewaardeUpload(b.bestandsnaam(), b.grootte(), opslagSleutel(formulierSleutel, b.id())))
                .toList();
    }

    /** Forgets everything kept for the form (its notification was taken in). */
    public void vergeet(String formulierSleutel) {
        verwijder(
                jdbc.sql("delete from meldingen.formulier_bijlage where formulier_sleutel = ? returning opslag_sleutel")
                        .param(formulierSleutel)
                        .query(String.class)
                        .list());
    }

    /** Forgets what was kept before {@code ouderDan}: the form was abandoned. */
    int vergeetOuderDan(Instant ouderDan) {
        List<String> sleutels = jdbc.sql(
                        "delete from meldingen.formulier_bijlage where bewaard_op < ? returning opslag_sleutel")
                .param(Timestamp.from(ouderDan))
                .query(String.class)
                .list();
        verwijder(sleutels);
        return sleutels.size();
    }

    private void verwijder(List<String> opslagSleutels) {
        opslagSleutels.forEach(opslag::verwijder);
    }

    private String opslagSleutel(String formulierSleutel, UUID id) {
        return jdbc.sql("select opslag_sleutel from meldingen.formulier_bijlage where formulier_sleutel = ? and id = ?")
                .params(formulierSleutel, id)
                .query(String.class)
                .single();
    }

    private final class BewaardeUpload implements Upload {
        private final String naam;
        private final long grootte;
        private final String opslagSleutel;

        BewaardeUpload(String naam, long grootte, String opslagSleutel) {
            this.naam = naam;
            this.grootte = grootte;
            this.opslagSleutel = opslagSleutel;
        }

        @Override
        public String bestandsnaam() {
            return naam;
        }

        @Override
        public long grootte() {
            return grootte;
        }

        @Override
        public InputStream open() throws IOException {
            return opslag.open(opslagSleutel);
        }
    }
}
