package nl.toezicht.cijfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakstatus;
import nl.toezicht.zaken.Zakenlader;
import nl.toezicht.zaken.Zakenlader.Bulkzaak;
import nl.toezicht.zaken.Zakenlader.Koppeling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Notifications (and closed cases) of past years, written as a bulk load writes them: through the owners'
 * bulk writers, in one transaction, announced ({@code MeldingenInBulkGeladen}, {@code ZakenInBulkGeladen}).
 * A bean of the test context.
 */
@Component
class Cijferdata {

    private final JdbcClient jdbc;
    private final Meldingenlader meldingenlader;
    private final Zakenlader zakenlader;
    private final TransactionOperations transacties;

    Cijferdata(
            JdbcClient jdbc, Meldingenlader meldingenlader, Zakenlader zakenlader, TransactionOperations transacties) {
        this.jdbc = jdbc;
        this.meldingenlader = meldingenlader;
        this.zakenlader = zakenlader;
        this.transacties = transacties;
    }

    boolean heeftJaar(int jaar) {
        return jdbc.sql("select exists (select 1 from meldingen.melding_telgegevens"
                        + " where ontvangen_op >= ? and ontvangen_op < ?)")
                .params(
                        LocalDate.of(jaar, 1, 1)
                                .atStartOfDay(Tijdzone.NEDERLAND)
                                .toOffsetDateTime(),
                        LocalDate.of(jaar + 1, 1, 1)
                                .atStartOfDay(Tijdzone.NEDERLAND)
                                .toOffsetDateTime())
                .query(Boolean.class)
                .single();
    }

    void gouden(int jaar) {
        transacties.executeWithoutResult(t -> {
            Meldingenlader.Lading meldingen = meldingenlader.begin();
            Zakenlader.Lading zaken = zakenlader.begin();
            for (Gouden.Groep g : Gouden.GROEPEN) {
                groep(jaar, g, meldingen, zaken);
            }
            meldingen.rondAf();
            zaken.rondAf();
        });
    }

    /** Returns the ids of the written notifications. */
    List<UUID> groep(int jaar, Gouden.Groep g) {
        return transacties.execute(t -> {
            Meldingenlader.Lading meldingen = meldingenlader.begin();
            Zakenlader.Lading zaken = zakenlader.begin();
            List<UUID> ids = groep(jaar, g, meldingen, zaken);
            meldingen.rondAf();
            zaken.rondAf();
            return ids;
        });
    }

    private List<UUID> groep(int jaar, Gouden.Groep g, Meldingenlader.Lading meldingen, Zakenlader.Lading zaken) {
        Instant ontvangen = LocalDate.of(jaar, g.maand(), 10)
                .atTime(12, 0)
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
        Meldinggegevens gegevens = new Meldinggegevens(
                Bron.BURGER,
                Kanaal.valueOf(g.kanaal()),
                Meldingsoort.valueOf(g.soort()),
                g.sector(),
                null,
                null,
                null,
                null,
                null,
                null,
                "Testmelding cijfers",
                g.overleden(),
                g.suicide(),
                false,
                false,
                g.sgg() != null,
                g.sgg() == null ? null : SggSoort.valueOf(g.sgg()),
                List.of(),
                null,
                null);
        List<Bulkmelding> rijen = new ArrayList<>(g.aantal());
        for (int i = 0; i < g.aantal(); i++) {
            rijen.add(new Bulkmelding(
                    MeldingId.nieuw(),
                    gegevens,
                    Meldingstatus.ONTVANGEN,
                    UUID.randomUUID().toString(),
                    ontvangen));
        }
        meldingen.schrijf(rijen);
        if (g.geslotenInMaand() > 0) {
            Instant gesloten = LocalDate.of(jaar, g.geslotenInMaand(), 15)
                    .atTime(9, 0)
                    .atZone(Tijdzone.NEDERLAND)
                    .toInstant();
            List<Bulkzaak> gesloteneZaken = new ArrayList<>(g.aantal());
            for (Bulkmelding m : rijen) {
                gesloteneZaken.add(new Bulkzaak(
                        ZaakId.nieuw(),
                        Zaakstatus.GESLOTEN,
                        Meldingsoort.valueOf(g.soort()),
                        g.sector(),
                        g.sector(),
                        null,
                        null,
                        null,
                        false,
                        false,
                        ontvangen,
                        Sluitreden.GEEN_VERVOLG,
                        List.of(
                                new Statuswijziging(
                                        null, Zaakstatus.ONTVANGEN, Transitie.OPENEN, "test", ontvangen, null),
                                new Statuswijziging(
                                        Zaakstatus.ONTVANGEN,
                                        Zaakstatus.IN_TRIAGE,
                                        Transitie.START_TRIAGE,
                                        "test",
                                        ontvangen.plusSeconds(3600),
                                        null),
                                new Statuswijziging(
                                        Zaakstatus.IN_TRIAGE,
                                        Zaakstatus.GESLOTEN,
                                        Transitie.SLUIT,
                                        "test",
                                        gesloten,
                                        "Geen vervolg")),
                        List.of(new Koppeling(m.id(), ontvangen, "test"))));
            }
            zaken.schrijf(gesloteneZaken);
        }
        return rijen.stream().map(m -> m.id().waarde()).toList();
    }

    /** An open case in triage without notifications (one is joined into it), opened at {@code geopend}. */
    UUID openZaak(Zorgsector sector, String soort, Instant geopend) {
        ZaakId id = ZaakId.nieuw();
        Bulkzaak zaak = new Bulkzaak(
                id,
                Zaakstatus.IN_TRIAGE,
                Meldingsoort.valueOf(soort),
                sector,
                sector,
                null,
                null,
                new Termijn(
                        Termijnsoort.TRIAGE,
                        LocalDate.ofInstant(geopend, Tijdzone.NEDERLAND).plusDays(3)),
                false,
                false,
                geopend,
                null,
                List.of(
                        new Statuswijziging(null, Zaakstatus.ONTVANGEN, Transitie.OPENEN, "test", geopend, null),
                        new Statuswijziging(
                                Zaakstatus.ONTVANGEN,
                                Zaakstatus.IN_TRIAGE,
                                Transitie.START_TRIAGE,
                                "test",
                                geopend.plusSeconds(5),
                                null)),
                List.of());
        transacties.executeWithoutResult(t -> {
            Zakenlader.Lading lading = zakenlader.begin();
            lading.schrijf(List.of(zaak));
            lading.rondAf();
        });
        // the load's announcement starts the open case's clock after the commit, which raises its version: a step
        // taken before that would meet "changed by someone else" (seen as a 409 on a loaded machine)
        Wachten.tot(
                () -> jdbc.sql("select klok_id is not null from zaken.zaak where id = ?")
                        .param(id.waarde())
                        .query(Boolean.class)
                        .single(),
                "the clock of the case loaded in bulk");
        return id.waarde();
    }

    List<UUID> meldingen(int jaar, Zorgsector sector, String soort, int maand, int aantal) {
        return groep(jaar, new Gouden.Groep(sector, soort, "WEBFORMULIER", false, false, null, maand, aantal, 0));
    }
}
