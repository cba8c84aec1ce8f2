package nl.toezicht.zaken;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Tijdlijn;
import nl.toezicht.meldingen.MeldingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and stores cases (decision 0033). The case row goes through Spring Data JDBC with its version check;
 * the timeline and the links to notifications are the case's children, written with plain SQL as what they
 * are: a step appends one timeline entry (INSERT), joining a notification moves its one link row (UPDATE).
 * Nothing is deleted and re-inserted on a save, so a step costs the same on the fiftieth entry as on the
 * first and the figures' triggers on the links fire only for the link that moved.
 */
@Component
class Zaken {

    private final ZaakRepository rijen;
    private final JdbcClient jdbc;
    private final Tijdlijn<Statuswijziging> tijdlijn;

    Zaken(ZaakRepository rijen, JdbcClient jdbc) {
        this.rijen = rijen;
        this.jdbc = jdbc;
        this.tijdlijn = new Tijdlijn<>(
                jdbc,
                "zaken.statuswijziging",
                "zaak",
                List.of("van", "naar", "transitie", "door", "op", "toelichting"),
                s -> new Object[] {s.van(), s.naar(), s.transitie(), s.door(), s.op(), s.toelichting()},
                (rs, i) -> new Statuswijziging(
                        rs.getString("van") == null ? null : Zaakstatus.valueOf(rs.getString("van")),
                        Zaakstatus.valueOf(rs.getString("naar")),
                        Transitie.valueOf(rs.getString("transitie")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getString("toelichting")));
    }

    /** The case with the notifications it holds (not its timeline: {@link #tijdlijn}). */
    Optional<Zaak> vind(ZaakId id) {
        return rijen.findById(id.waarde()).map(zaak -> {
            zaak.geladen(jdbc.sql("select melding_id, gekoppeld_op, gekoppeld_door from zaken.zaak_melding"
                            + " where zaak = ?")
                    .param(id.waarde())
                    .query((rs, i) -> new ZaakMelding(
                            rs.getObject("melding_id", UUID.class),
                            rs.getTimestamp("gekoppeld_op").toInstant(),
                            rs.getString("gekoppeld_door")))
                    .list());
            return zaak;
        });
    }

    /** The case that holds the notification. */
    Optional<Zaak> vindMet(MeldingId melding) {
        return jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding.waarde())
                .query(UUID.class)
                .optional()
                .flatMap(id -> vind(new ZaakId(id)));
    }

    /**
     * Stores a change: the case row (refused with {@code OptimisticLockingFailureException} when someone else
     * changed it first), then the entries of the steps taken and the links of the notifications joined. The
     * row's update comes first, so its lock orders two appends to one case.
     */
    Zaak bewaar(Zaak zaak) {
        Zaak opgeslagen = rijen.save(zaak);
        UUID id = zaak.id().waarde();
        tijdlijn.voegToe(id, zaak.nieuweStappen());
        verplaatsKoppelingen(zaak);
        zaak.bewaard();
        return opgeslagen;
    }

    /** Moves the link rows of the notifications the case took in since loading: only those rows. */
    void verplaatsKoppelingen(Zaak zaak) {
        UUID id = zaak.id().waarde();
        for (ZaakMelding m : zaak.nieuweMeldingen()) {
            // a notification has a case from its receipt on: joining moves its link, and only that row
            int verplaatst = jdbc.sql("update zaken.zaak_melding set zaak = ?, gekoppeld_op = ?, gekoppeld_door = ?"
                            + " where melding_id = ? and zaak <> ?")
                    .params(id, Timestamp.from(m.gekoppeldOp()), m.gekoppeldDoor(), m.meldingId(), id)
                    .update();
            if (verplaatst != 1) {
                throw new IllegalStateException("notification " + m.meldingId() + " has no other case to leave");
            }
        }
    }

    /** The case with this reference ({@code Z-2026-000123}), whoever may see it: the caller checks access. */
    Optional<ZaakId> metReferentie(String referentie) {
        return jdbc.sql("select id from zaken.zaak where referentie = ?")
                .param(referentie.strip().toUpperCase(java.util.Locale.ROOT))
                .query(UUID.class)
                .optional()
                .map(ZaakId::new);
    }

    /** Appends the timeline of a case just inserted ({@link NieuweZaken}). */
    void schrijfTijdlijn(Zaak nieuw) {
        tijdlijn.voegToe(nieuw.id().waarde(), nieuw.nieuweStappen());
    }

    /** The case's timeline, oldest entry first. */
    List<Statuswijziging> tijdlijn(ZaakId id) {
        return tijdlijn.lees(id.waarde());
    }
}
