package nl.toezicht.meldingen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps patient data encrypted under the active key (docs/toegang.md, key rotation). On every start it
 * encrypts what V4 stored in plaintext (none after the first start); with
 * {@code toezicht.patientgegevens.herversleutelen=true} it also re-encrypts everything made with a retired
 * key, after which that key can be removed from the configuration. Each batch bumps the row version, so a
 * concurrent change of the same notification fails instead of writing old values back.
 */
@Component
class Herversleuteling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Herversleuteling.class);
    private static final int PARTIJ = 500;

    private final JdbcClient jdbc;
    private final Patientkluis kluis;
    private final TransactionTemplate transactie;
    private final boolean herversleutelen;

    Herversleuteling(
            JdbcClient jdbc,
            Patientkluis kluis,
            PlatformTransactionManager transacties,
            @Value("${toezicht.patientgegevens.herversleutelen:false}") boolean herversleutelen) {
        this.jdbc = jdbc;
        this.kluis = kluis;
        this.transactie = new TransactionTemplate(transacties);
        this.herversleutelen = herversleutelen;
    }

    @Override
    public void run(ApplicationArguments args) {
        int klaar = versleutelKlareTekst();
        if (klaar > 0) {
            log.info("Encrypted the patient data of {} notifications stored in plaintext", klaar);
        }
        if (herversleutelen) {
            log.info("Re-encrypted the patient data of {} notifications under the active key", herversleutel());
        }
    }

    /** Encrypts the plaintext columns of V4 and empties them; returns how many notifications. */
    int versleutelKlareTekst() {
        int totaal = 0;
        while (true) {
            Integer gedaan = transactie.execute(status -> {
                record Klaar(
                        UUID id,
                        @Nullable String naam,
                        @Nullable LocalDate geboortedatum) {}
                List<Klaar> rijen = jdbc.sql("select id, patient_naam, patient_geboortedatum from meldingen.melding"
                                + " where patient_naam is not null or patient_geboortedatum is not null"
                                + " limit ? for update skip locked")
                        .param(PARTIJ)
                        .query((rs, i) -> new Klaar(
                                rs.getObject("id", UUID.class),
                                rs.getString("patient_naam"),
                                rs.getObject("patient_geboortedatum", LocalDate.class)))
                        .list();
                for (Klaar r : rijen) {
                    VersleuteldePatient v = kluis.versleutel(new Patient(r.naam(), r.geboortedatum(), null));
                    jdbc.sql("update meldingen.melding set patient_naam = null, patient_geboortedatum = null,"
                                    + " patient_naam_versleuteld = ?, patient_geboortedatum_versleuteld = ?,"
                                    + " patient_pseudoniem = coalesce(patient_pseudoniem, ?), version = version + 1"
                                    + " where id = ?")
                            .params(v.naamVersleuteld(), v.geboortedatumVersleuteld(), v.pseudoniem(), r.id())
                            .update();
                }
                return rijen.size();
            });
            totaal += gedaan == null ? 0 : gedaan;
            if (gedaan == null || gedaan < PARTIJ) {
                return totaal;
            }
        }
    }

    /** Re-encrypts values made with a retired key under the active one; returns how many notifications. */
    int herversleutel() {
        int totaal = 0;
        UUID na = new UUID(0, 0);
        while (true) {
            UUID vanaf = na;
            record Rij(UUID id, VersleuteldePatient patient) {}
            List<Rij> rijen = jdbc.sql("select id, patient_bsn_versleuteld, patient_naam_versleuteld,"
                            + " patient_geboortedatum_versleuteld, patient_pseudoniem from meldingen.melding"
                            + " where id > ? and (patient_bsn_versleuteld is not null"
                            + " or patient_naam_versleuteld is not null or patient_geboortedatum_versleuteld is not null)"
                            + " order by id limit ?")
                    .params(vanaf, PARTIJ)
                    .query((rs, i) -> new Rij(
                            rs.getObject("id", UUID.class),
                            new VersleuteldePatient(
                                    rs.getString("patient_bsn_versleuteld"),
                                    rs.getString("patient_naam_versleuteld"),
                                    rs.getString("patient_geboortedatum_versleuteld"),
                                    rs.getString("patient_pseudoniem"))))
                    .list();
            for (Rij r : rijen) {
                if (!kluis.isOudeSleutel(r.patient())) {
                    continue;
                }
                VersleuteldePatient nieuw = kluis.versleutel(kluis.ontsleutel(r.patient()));
                totaal += java.util.Objects.requireNonNull(
                        transactie.execute(status -> jdbc.sql("update meldingen.melding set"
                                        + " patient_bsn_versleuteld = ?, patient_naam_versleuteld = ?,"
                                        + " patient_geboortedatum_versleuteld = ?, version = version + 1 where id = ?"
                                        + " and patient_naam_versleuteld is not distinct from ?"
                                        + " and patient_bsn_versleuteld is not distinct from ?")
                                .params(
                                        nieuw.bsnVersleuteld(),
                                        nieuw.naamVersleuteld(),
                                        nieuw.geboortedatumVersleuteld(),
                                        r.id(),
                                        r.patient().naamVersleuteld(),
                                        r.patient().bsnVersleuteld())
                                .update()));
            }
            if (rijen.size() < PARTIJ) {
                return totaal;
            }
            na = rijen.get(rijen.size() - 1).id();
        }
    }
}
