package nl.toezicht.historie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.register.ZorgaanbiederGegevens;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.HistorischeStap;
import nl.toezicht.zaken.Sluitreden;
import org.jspecify.annotations.Nullable;

/** One line of an exchange file, read and typed but not yet judged against the database. */
interface Historierecord {

    /** The legacy id: the record's id in the system it comes from. */
    String id();

    Soort soort();

    /** The kinds of record, and of legacy id: a legacy id is unique per kind. */
    enum Soort {
        ZORGAANBIEDER,
        LOCATIE,
        MELDING,
        ZAAK,
        /** Issue 14: a past framework version ({@link Inspectierecords.Kaderversie}). */
        KADERVERSIE,
        /** Issue 14: a past supervision activity ({@link Inspectierecords.Toezichtactiviteit}). */
        TOEZICHTACTIVITEIT
    }

    /** A provider with its locations; {@code locatieIds} are the locations' legacy ids, in order. */
    record Zorgaanbieder(
            String id,
            ZorgaanbiederGegevens gegevens,
            List<String> locatieIds,
            @Nullable Instant aangemaaktOp) implements Historierecord {
        @Override
        public Soort soort() {
            return Soort.ZORGAANBIEDER;
        }
    }

    /**
     * A case's final state without its steps (issue 12 item 7): closed at {@code geslotenOp} ({@code alleenDatum}:
     * the file gave a date without a time, read as {@link Regelparser#STANDAARDTIJD}), with an optional note.
     * It was received when its first notification was.
     */
    record Samenvatting(
            Instant geslotenOp,
            boolean alleenDatum,
            @Nullable String toelichting) {}

    /** A notification; {@code zorgaanbieder} and {@code locatie} are legacy ids. */
    record Melding(
            String id,
            Bron bron,
            Kanaal kanaal,
            Meldingsoort meldingsoort,
            Zorgsector sector,
            @Nullable String zorgaanbieder,
            @Nullable String locatie,
            @Nullable String zorgaanbiederOmschrijving,
            @Nullable String melderKvkNummer,
            @Nullable LocalDate datumGebeurtenis,
            @Nullable LocalDate datumVastgesteld,
            Instant ontvangenOp,
            String omschrijving,
            boolean patientOverleden,
            boolean doorSuicide,
            boolean suicidepoging,
            boolean geslotenJeugdinstelling,
            boolean seksueelGrensoverschrijdend,
            @Nullable SggSoort sggSoort,
            List<String> themas)
            implements Historierecord {
        @Override
        public Soort soort() {
            return Soort.MELDING;
        }
    }

    /**
     * A case with its whole timeline, or only its {@code samenvatting} (then the timeline is empty);
     * {@code meldingen} are legacy ids of notifications.
     */
    record Zaak(
            String id,
            List<String> meldingen,
            @Nullable Zorgsector afdeling,
            @Nullable String inspecteur,
            @Nullable Termijnsoort termijnSoort,
            @Nullable LocalDate termijnDatum,
            boolean teLaat,
            boolean teLaatGemeld,
            @Nullable Sluitreden sluitreden,
            List<HistorischeStap> tijdlijn,
            @Nullable Samenvatting samenvatting)
            implements Historierecord {
        @Override
        public Soort soort() {
            return Soort.ZAAK;
        }
    }
}
