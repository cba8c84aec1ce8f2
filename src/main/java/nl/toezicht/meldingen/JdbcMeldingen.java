package nl.toezicht.meldingen;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.logboek.Logobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake as other modules see it; they decide themselves who may see what they show. */
@Service
class JdbcMeldingen implements Meldingen {

    private final MeldingRepository meldingen;
    private final JdbcClient jdbc;

    JdbcMeldingen(MeldingRepository meldingen, JdbcClient jdbc) {
        this.meldingen = meldingen;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeldingSamenvatting> vind(MeldingId id) {
        return meldingen.findById(id.waarde()).map(JdbcMeldingen::samenvatting);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeldingSamenvatting> vind(List<MeldingId> ids) {
        return StreamSupport.stream(
                        meldingen
                                .findAllById(ids.stream().map(MeldingId::waarde).toList())
                                .spliterator(),
                        false)
                .map(JdbcMeldingen::samenvatting)
                .sorted(java.util.Comparator.comparing(MeldingSamenvatting::ontvangenOp))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeldingId> vindOpReferentie(String referentie) {
        return meldingen
                .findByReferentie(referentie.trim().toUpperCase(java.util.Locale.ROOT))
                .map(Melding::id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeldingOntvangen> alsOntvangen(MeldingId id) {
        return meldingen
                .findById(id.waarde())
                .map(m -> new MeldingOntvangen(
                        m.id(),
                        m.referentie(),
                        m.soort(),
                        m.sector(),
                        m.zorgaanbieder(),
                        m.ontvangenOp(),
                        m.datumVastgesteld()));
    }

    @Override
    @Transactional
    public void werkStatusBij(MeldingId id, Meldingstatus status) {
        Melding melding = meldingen.findById(id.waarde()).orElseThrow(() -> new NietGevonden("object.melding", id));
        melding.werkStatusBij(status);
        meldingen.save(melding);
    }

    static MeldingSamenvatting samenvatting(Melding m) {
        return new MeldingSamenvatting(
                m.id(),
                m.referentie(),
                m.status(),
                m.soort(),
                m.sector(),
                m.bron().name(),
                m.kanaal().name(),
                m.zorgaanbieder(),
                m.zorgaanbiederOmschrijving(),
                m.datumGebeurtenis(),
                m.omschrijving(),
                m.patientOverleden(),
                m.doorSuicide(),
                m.ontvangenOp(),
                m.bijlagen().stream()
                        .map(b -> new MeldingSamenvatting.Bijlage(
                                b.id().toString(), b.bestandsnaam(), b.mediatype(), b.grootte()))
                        .toList(),
                m.patient() == null ? null : m.patient().pseudoniem());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Logobject> logobjecten(List<MeldingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, patient_pseudoniem from meldingen.melding where id = any(?) order by ontvangen_op")
                .param(ids.stream().map(MeldingId::waarde).toArray(UUID[]::new))
                .query((rs, i) -> Logobject.melding(rs.getObject("id", UUID.class), rs.getString("patient_pseudoniem")))
                .list();
    }
}
