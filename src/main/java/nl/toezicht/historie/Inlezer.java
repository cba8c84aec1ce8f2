package nl.toezicht.historie;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.toezicht.handhaving.Maatregellader;
import nl.toezicht.historie.Historierecord.Soort;
import nl.toezicht.historie.Importverslag.Fout;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.kern.CopyRegels;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Zorgaanbieder;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.register.Zorgaanbiederlader.Bulkzorgaanbieder;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakstatus;
import nl.toezicht.zaken.Zakenlader;
import nl.toezicht.zaken.Zakenlader.Bulkzaak;
import nl.toezicht.zaken.Zakenlader.Koppeling;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.MessageSource;

/**
 * Reads an exchange file into the database in one transaction that the caller commits or rolls back (its
 * connection is the transaction's). Streams: a chunk of {@value #BROK} lines is read, typed
 * ({@link Regelparser}), its legacy ids looked up in a handful of queries (the owners' read views, decision
 * 0030), each record judged by the owning modules' rules in file order, and the chunk written by the owners'
 * bulk writers ({@link Zorgaanbiederlader}, {@link Meldingenlader}, {@link Zakenlader}) before the next is
 * read. References point backwards: to a record earlier in the file or imported before. Memory holds one
 * chunk, whatever the file's size.
 */
final class Inlezer {

    static final int BROK = 2_000;

    /** At most this many bytes of lines wait in a chunk (2,000 reports with a PDF each would not fit in memory). */
    static final long MAX_BROK_BYTES = 32L << 20;

    /** Who stored the import's timeline entries and links, where the old system named no one. */
    static final Locale NL = Locale.forLanguageTag("nl");

    /** Who took the one entry of a summary: no person (the case page names no one for it). */
    static final String SYSTEEM = "systeem";

    interface Voortgang {
        void meld(long regels, long bytes);
    }

    /** The bad lines for the rejects file, as read (so they can be corrected and imported again). */
    interface Afwijzingen {
        void schrijf(Regels.Regel regel, List<Fout> fouten) throws IOException;
    }

    private final Connection c;
    private final CopyManager copy;
    private final Zorgaanbiederlader zorgaanbiederlader;
    private final Meldingenlader meldingenlader;
    private final Meldingenlader.Lading meldingenLading;
    private final Zakenlader.Lading zakenLading;
    private final Maatregellader maatregellader;
    private final Clock clock;
    private final ZoneId zone;
    private final UUID run;
    private final String bestand;
    private final MessageSource berichten;
    private final @Nullable Afwijzingen afwijzingen;
    private final Voortgang voortgang;
    private final Regelparser parser = new Regelparser();
    private final Inspectieinlezer inspecties;
    private final Inspectielader inspectielader;
    /** Bytes of the chunk's lines: a chunk of large lines (reports with their PDF) is judged before it is full. */
    private long brokBytes;

    private final MessageDigest sha256;
    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
    private final Instant nu;
    private final Timestamp nuTijdstip;

    private final Aansluiting aansluiting = new Aansluiting();
    private final Map<Soort, Long> nieuw = new EnumMap<>(Soort.class);
    private final Map<Soort, Long> ongewijzigd = new EnumMap<>(Soort.class);
    private final Map<Soort, Long> gewijzigd = new EnumMap<>(Soort.class);
    private final List<Fout> fouten = new ArrayList<>();
    private final List<Fout> wijzigingen = new ArrayList<>();
    private final Set<Integer> jaren = new HashSet<>();
    private long regels;
    private long legeRegels;
    private long afgewezen;
    private long aantalFouten;

    // the chunk being judged
    private final List<Geparst> brok = new ArrayList<>(BROK);
    private final Map<String, Herkomst> bekend = new HashMap<>();
    private final Map<String, UUID> zorgaanbieders = new HashMap<>();
    private final Map<String, LocatieRef> locaties = new HashMap<>();
    private final Map<String, MeldingRef> meldingen = new HashMap<>();
    /** Cases named as an activity's reason, by the line's {@code zaak}; a case of this chunk with no reference yet. */
    private final Map<String, Inspectieinlezer.Zaakref> zaken = new HashMap<>();
    /** Cases of this chunk an activity names: they get their reference when the chunk's cases are written. */
    private final Set<UUID> zakenZonderReferentie = new HashSet<>();

    private final Set<String> kvkBezet = new HashSet<>();
    private final List<Bulkzorgaanbieder> nieuweZorgaanbieders = new ArrayList<>();
    private final List<NieuweMelding> nieuweMeldingen = new ArrayList<>();
    private final List<NieuweZaak> nieuweZaken = new ArrayList<>();
    private final List<Maatregellader.Gekeurd> nieuweMaatregelen = new ArrayList<>();
    private long[] maatregelnummers = new long[0];
    private int maatregelnummer;
    private final CopyRegels herkomstRegels = new CopyRegels("historie.herkomst (soort, legacy_id, nieuw_id,"
            + " importrun, laatste_run, bestand, regel, inhoud_sha256, geimporteerd_op)");
    private final Map<Soort, List<String>> gezien = new EnumMap<>(Soort.class);
    private final Map<Zaakstatus, List<UUID>> statusBijwerken = new EnumMap<>(Zaakstatus.class);

    /** The owners' bulk writers, their loads begun in the transaction of {@code c}. */
    record Schrijvers(
            Zorgaanbiederlader zorgaanbieders,
            Meldingenlader meldingen,
            Meldingenlader.Lading meldingenLading,
            Zakenlader.Lading zakenLading,
            Inspectielader inspecties,
            Maatregellader maatregelen) {}

    Inlezer(
            Connection c,
            Schrijvers schrijvers,
            Clock clock,
            UUID run,
            String bestand,
            MessageSource berichten,
            @Nullable Afwijzingen afwijzingen,
            Voortgang voortgang)
            throws SQLException {
        this.c = c;
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.zorgaanbiederlader = schrijvers.zorgaanbieders();
        this.meldingenlader = schrijvers.meldingen();
        this.meldingenLading = schrijvers.meldingenLading();
        this.zakenLading = schrijvers.zakenLading();
        this.maatregellader = schrijvers.maatregelen();
        this.clock = clock;
        this.zone = clock.getZone();
        this.run = run;
        this.bestand = bestand;
        this.berichten = berichten;
        this.afwijzingen = afwijzingen;
        this.voortgang = voortgang;
        this.nu = clock.instant();
        this.nuTijdstip = Timestamp.from(nu);
        this.inspecties = new Inspectieinlezer(schrijvers.inspecties(), nu, zone, SYSTEEM);
        this.inspectielader = schrijvers.inspecties();
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was read: the counts; the reconciliation is read back by {@link #sluitAf}. */
    record Resultaat(
            long regels,
            long legeRegels,
            Map<Soort, Long> nieuw,
            Map<Soort, Long> ongewijzigd,
            Map<Soort, Long> gewijzigd,
            long afgewezen,
            long aantalFouten,
            List<Fout> fouten,
            List<Fout> wijzigingen,
            Set<Integer> jaren) {}

    void lees(Regels bron) throws IOException, SQLException {
        Regels.Regel regel;
        while ((regel = bron.volgende()) != null) {
            regels++;
            if (regel.isLeeg()) {
                legeRegels++;
                continue;
            }
            brok.add(lees(regel));
            brokBytes += regel.bytes().length;
            if (brok.size() == BROK || brokBytes >= MAX_BROK_BYTES) {
                verwerkBrok();
                voortgang.meld(regels, bron.gelezen());
            }
        }
        verwerkBrok();
        voortgang.meld(regels, bron.gelezen());
    }

    Resultaat resultaat() {
        return new Resultaat(
                regels, legeRegels, nieuw, ongewijzigd, gewijzigd, afgewezen, aantalFouten, fouten, wijzigingen, jaren);
    }

    Aansluiting sluitAf() throws SQLException {
        aansluiting.leesTerug(c, run, zone);
        return aansluiting;
    }

    // ---------------------------------------------------------------- reading

    private record Geparst(
            Regels.Regel regel,
            @Nullable Historierecord record,
            @Nullable Regelfout fout,
            String hash) {}

    private Geparst lees(Regels.Regel regel) {
        String hash = HexFormat.of().formatHex(sha256.digest(regel.bytes()));
        if (regel.teLang()) {
            return new Geparst(regel, null, new Regelfout("regel", "historie.regel.te-lang", Regels.MAX_REGEL), hash);
        }
        if (regel.tekst() == null) {
            return new Geparst(regel, null, new Regelfout("regel", "historie.regel.geen-utf8"), hash);
        }
        try {
            return new Geparst(regel, parser.lees(regel.tekst()), null, hash);
        } catch (Regelfout fout) {
            return new Geparst(regel, null, fout, hash);
        }
    }

    // ---------------------------------------------------------------- a chunk

    private record Herkomst(UUID nieuwId, UUID importrun, UUID laatsteRun, String hash, String bestand, long regel) {}

    private record LocatieRef(UUID id, UUID zorgaanbieder) {}

    /** What a case needs of a notification; {@code nieuw} is set when it is written in this chunk. */
    private static final class MeldingRef {
        final UUID id;
        final Meldingsoort soort;
        final Zorgsector sector;
        final @Nullable UUID zorgaanbieder;
        final Instant ontvangenOp;
        final @Nullable NieuweMelding nieuw;
        boolean inZaak;

        MeldingRef(
                UUID id,
                Meldingsoort soort,
                Zorgsector sector,
                @Nullable UUID zorgaanbieder,
                Instant ontvangenOp,
                @Nullable NieuweMelding nieuw,
                boolean inZaak) {
            this.id = id;
            this.soort = soort;
            this.sector = sector;
            this.zorgaanbieder = zorgaanbieder;
            this.ontvangenOp = ontvangenOp;
            this.nieuw = nieuw;
            this.inZaak = inZaak;
        }
    }

    private static final class NieuweMelding {
        final UUID id;
        final Historierecord.Melding record;
        final Meldinggegevens gegevens;
        String status = "ONTVANGEN";

        NieuweMelding(UUID id, Historierecord.Melding record, Meldinggegevens gegevens) {
            this.id = id;
            this.record = record;
            this.gegevens = gegevens;
        }
    }

    private record NieuweZaak(
            UUID id,
            Historierecord.Zaak record,
            MeldingRef eerste,
            List<MeldingRef> meldingen,
            List<Statuswijziging> tijdlijn,
            Zaakstatus status) {}

    private static String sleutel(Soort soort, String id) {
        return soort.name() + '\u0000' + id;
    }

    private void verwerkBrok() throws SQLException, IOException {
        if (brok.isEmpty()) {
            return;
        }
        zoekOp();
        for (Geparst g : brok) {
            if (g.fout() != null) {
                afwijs(
                        g,
                        null,
                        List.of(fout(
                                g,
                                null,
                                g.fout().veld(),
                                g.fout().sleutel(),
                                g.fout().argumenten())));
                continue;
            }
            Historierecord record = g.record();
            try {
                beoordeel(g, record);
            } catch (Regelfout f) {
                afwijs(g, record.id(), List.of(fout(g, record.id(), f.veld(), f.sleutel(), f.argumenten())));
            } catch (Weigering w) {
                String veld = w.veld() == null ? "regel" : veld(w.veld());
                afwijs(g, record.id(), List.of(fout(g, record.id(), veld, w.berichtSleutel(), w.argumenten())));
            }
        }
        schrijf();
        brok.clear();
        brokBytes = 0;
        nieuweZorgaanbieders.clear();
        bekend.clear();
        zorgaanbieders.clear();
        locaties.clear();
        meldingen.clear();
        kvkBezet.clear();
        nieuweMeldingen.clear();
        nieuweZaken.clear();
        nieuweMaatregelen.clear();
        gezien.clear();
        statusBijwerken.clear();
        zaken.clear();
        zakenZonderReferentie.clear();
    }

    /** The domain names a few fields as its Java API does; the file names them as the format does. */
    private static String veld(String domeinveld) {
        return switch (domeinveld) {
            case "locatieId" -> "locatie";
            case "kvkNummer" -> "kvkNummer";
            default -> domeinveld;
        };
    }

    /** The legacy ids of the chunk and the ones it refers to, looked up in a few queries. */
    private void zoekOp() throws SQLException {
        List<String> eigenSoort = new ArrayList<>();
        List<String> eigenId = new ArrayList<>();
        List<String> zorgaanbiederRefs = new ArrayList<>();
        List<String> locatieRefs = new ArrayList<>();
        List<String> meldingRefs = new ArrayList<>();
        List<String> zaakRefs = new ArrayList<>();
        List<String> kvks = new ArrayList<>();
        int maatregelen = 0;
        for (Geparst g : brok) {
            Historierecord r = g.record();
            if (r == null) {
                continue;
            }
            eigenSoort.add(r.soort().name());
            eigenId.add(r.id());
            if (r instanceof Historierecord.Zorgaanbieder z) {
                for (String l : z.locatieIds()) {
                    eigenSoort.add(Soort.LOCATIE.name());
                    eigenId.add(l);
                }
                kvks.add(z.gegevens().kvkNummer());
            } else if (r instanceof Historierecord.Melding m) {
                if (m.zorgaanbieder() != null) {
                    zorgaanbiederRefs.add(m.zorgaanbieder());
                }
                if (m.locatie() != null) {
                    locatieRefs.add(m.locatie());
                }
            } else if (r instanceof Historierecord.Zaak z) {
                meldingRefs.addAll(z.meldingen());
            } else if (r instanceof Inspectierecords.Toezichtactiviteit a) {
                zorgaanbiederRefs.add(a.zorgaanbieder());
                locatieRefs.addAll(a.locaties());
                if (a.zaak() != null) {
                    zaakRefs.add(a.zaak());
                }
            } else if (r instanceof Historierecord.Maatregel m) {
                zorgaanbiederRefs.add(m.gegevens().zorgaanbieder());
                if (m.gegevens().locatie() != null) {
                    locatieRefs.add(m.gegevens().locatie());
                }
                maatregelen++;
            }
        }
        List<Historierecord> records = new ArrayList<>(brok.size());
        for (Geparst g : brok) {
            if (g.record() != null) {
                records.add(g.record());
            }
        }
        inspecties.zoekOp(c, records);
        maatregelnummers = maatregelen == 0 ? new long[0] : maatregellader.reserveer(maatregelen);
        maatregelnummer = 0;
        try (PreparedStatement s = c.prepareStatement("select h.soort, h.legacy_id, h.nieuw_id, h.importrun,"
                + " h.laatste_run, h.inhoud_sha256, h.bestand, h.regel from historie.herkomst h"
                + " join unnest(?::text[], ?::text[]) as v (soort, legacy_id) using (soort, legacy_id)")) {
            s.setArray(1, tekstArray(eigenSoort));
            s.setArray(2, tekstArray(eigenId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bekend.put(
                            sleutel(Soort.valueOf(rs.getString(1)), rs.getString(2)),
                            new Herkomst(
                                    rs.getObject(3, UUID.class),
                                    rs.getObject(4, UUID.class),
                                    rs.getObject(5, UUID.class),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getLong(8)));
                }
            }
        }
        if (!zorgaanbiederRefs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select h.legacy_id, h.nieuw_id from historie.herkomst h"
                    + " where h.soort = 'ZORGAANBIEDER' and h.legacy_id = any(?)")) {
                s.setArray(1, tekstArray(zorgaanbiederRefs));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        zorgaanbieders.put(rs.getString(1), rs.getObject(2, UUID.class));
                    }
                }
            }
        }
        if (!locatieRefs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select h.legacy_id, l.id, l.zorgaanbieder_id"
                    + " from historie.herkomst h join register.locatie_uitwisseling l on l.id = h.nieuw_id"
                    + " where h.soort = 'LOCATIE' and h.legacy_id = any(?)")) {
                s.setArray(1, tekstArray(locatieRefs));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        locaties.put(
                                rs.getString(1),
                                new LocatieRef(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
                    }
                }
            }
        }
        if (!meldingRefs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select h.legacy_id, m.id, m.soort, m.sector,"
                    + " m.zorgaanbieder_id, m.ontvangen_op, zm.zaak_id is not null"
                    + " from historie.herkomst h join meldingen.melding_telgegevens m on m.id = h.nieuw_id"
                    + " left join zaken.zaak_melding_telgegevens zm on zm.melding_id = m.id"
                    + " where h.soort = 'MELDING' and h.legacy_id = any(?)")) {
                s.setArray(1, tekstArray(meldingRefs));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        meldingen.put(
                                rs.getString(1),
                                new MeldingRef(
                                        rs.getObject(2, UUID.class),
                                        Meldingsoort.valueOf(rs.getString(3)),
                                        Zorgsector.valueOf(rs.getString(4)),
                                        rs.getObject(5, UUID.class),
                                        rs.getTimestamp(6).toInstant(),
                                        null,
                                        rs.getBoolean(7)));
                    }
                }
            }
        }
        if (!zaakRefs.isEmpty()) {
            zoekZakenOp(zaakRefs);
        }
        if (!kvks.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "select kvk_nummer from register.zorgaanbieder_uitwisseling" + " where kvk_nummer = any(?)")) {
                s.setArray(1, tekstArray(kvks));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        kvkBezet.add(rs.getString(1));
                    }
                }
            }
        }
    }

    /**
     * The cases activities name as their reason (decision 0107): by legacy id first (imported before, or in an
     * earlier chunk of this run), else as a case of Toezicht by its id or reference; through zaken's read view.
     */
    private void zoekZakenOp(List<String> refs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select h.legacy_id, z.id, z.referentie, z.zorgaanbieder_id"
                + " from historie.herkomst h join zaken.zaak_telgegevens z on z.id = h.nieuw_id"
                + " where h.soort = 'ZAAK' and h.legacy_id = any(?)")) {
            s.setArray(1, tekstArray(refs));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    zaken.put(rs.getString(1), zaakref(rs));
                }
            }
        }
        List<String> rest = refs.stream().filter(r -> !zaken.containsKey(r)).toList();
        if (rest.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("select v.ref, z.id, z.referentie, z.zorgaanbieder_id"
                + " from unnest(?::text[]) as v (ref) join zaken.zaak_telgegevens z"
                + " on z.referentie = v.ref or z.id::text = lower(v.ref)")) {
            s.setArray(1, tekstArray(rest));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    zaken.put(rs.getString(1), zaakref(rs));
                }
            }
        }
    }

    private static Inspectieinlezer.Zaakref zaakref(ResultSet rs) throws SQLException {
        return new Inspectieinlezer.Zaakref(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class));
    }

    private Array tekstArray(List<String> waarden) throws SQLException {
        return c.createArrayOf("text", waarden.toArray());
    }

    // ---------------------------------------------------------------- judging one record

    private void beoordeel(Geparst g, Historierecord record) {
        Herkomst eerder = bekend.get(sleutel(record.soort(), record.id()));
        if (eerder != null) {
            if (eerder.laatsteRun().equals(run)) {
                throw new Regelfout("id", "historie.id.dubbel", record.id(), eerder.regel());
            }
            if (eerder.hash().equals(g.hash())) {
                ongewijzigd(g, record);
            } else {
                tel(gewijzigd, record.soort());
                if (wijzigingen.size() < Importverslag.MAX_GETOOND) {
                    wijzigingen.add(fout(
                            g, record.id(), "id", "historie.gewijzigd", record.id(), eerder.bestand(), eerder.regel()));
                }
            }
            return;
        }
        if (record instanceof Historierecord.Zorgaanbieder z) {
            zorgaanbieder(g, z);
        } else if (record instanceof Historierecord.Melding m) {
            melding(g, m);
        } else if (record instanceof Historierecord.Zaak z) {
            zaak(g, z);
        } else if (record instanceof Inspectierecords.Kaderversie k) {
            UUID id = inspecties.kaderversie(k);
            nieuw(g, Soort.KADERVERSIE, k.id(), id);
            aansluiting.telKaderversie();
        } else if (record instanceof Inspectierecords.Toezichtactiviteit a) {
            UUID id = inspecties.activiteit(
                    a,
                    zorgaanbieders.get(a.zorgaanbieder()),
                    legacy -> {
                        LocatieRef ref = locaties.get(legacy);
                        return ref == null ? null : new Inspectieinlezer.Locatie(ref.id(), ref.zorgaanbieder());
                    },
                    verwijzing -> {
                        Inspectieinlezer.Zaakref ref = zaken.get(verwijzing);
                        if (ref != null && ref.referentie() == null) {
                            zakenZonderReferentie.add(ref.id());
                        }
                        return ref;
                    });
            nieuw(g, Soort.TOEZICHTACTIVITEIT, a.id(), id);
            jaren.add(a.begindatum().getYear());
            aansluiting.telActiviteit(a);
        } else if (record instanceof Historierecord.Maatregel m) {
            maatregel(g, m);
        }
    }

    /** A record of issue 14 written: its legacy id known to the rest of the file, its origin kept. */
    private void nieuw(Geparst g, Soort soort, String legacyId, UUID id) {
        bekend.put(
                sleutel(soort, legacyId),
                new Herkomst(id, run, run, g.hash(), bestand, g.regel().nummer()));
        herkomst(soort, legacyId, id, g);
        tel(nieuw, soort);
    }

    /** Already imported with this content: nothing to write; counted in this run's reconciliation. */
    private void ongewijzigd(Geparst g, Historierecord record) {
        tel(ongewijzigd, record.soort());
        gezien.computeIfAbsent(record.soort(), s -> new ArrayList<>()).add(record.id());
        if (record instanceof Inspectierecords.Kaderversie) {
            aansluiting.telKaderversie();
        } else if (record instanceof Inspectierecords.Toezichtactiviteit a) {
            aansluiting.telActiviteit(a);
        }
        if (record instanceof Historierecord.Zorgaanbieder z) {
            gezien.computeIfAbsent(Soort.LOCATIE, s -> new ArrayList<>()).addAll(z.locatieIds());
            aansluiting.telZorgaanbieder(z.locatieIds().size());
        } else if (record instanceof Historierecord.Melding m) {
            aansluiting.telMelding(m.sector().name(), m.meldingsoort().name(), jaar(m.ontvangenOp()));
        } else if (record instanceof Historierecord.Maatregel m) {
            aansluiting.telMaatregel(m.gegevens().soort().name(), Maatregelregels.jaar(m));
        } else if (record instanceof Historierecord.Zaak z) {
            // its notifications were judged with it before; the state follows from the timeline alone
            MeldingRef eerste = null;
            for (String id : z.meldingen()) {
                MeldingRef m = meldingen.get(id);
                if (m != null && (eerste == null || m.ontvangenOp.isBefore(eerste.ontvangenOp))) {
                    eerste = m;
                }
            }
            if (eerste != null) {
                List<Statuswijziging> tijdlijn = tijdlijn(z, eerste);
                Zorgsector afdeling = z.afdeling() == null ? eerste.sector : z.afdeling();
                aansluiting.telZaak(
                        tijdlijn.get(tijdlijn.size() - 1).naar().name(),
                        afdeling.name(),
                        jaar(eerste.ontvangenOp),
                        z.samenvatting() != null);
            }
        }
    }

    private void zorgaanbieder(Geparst g, Historierecord.Zorgaanbieder z) {
        for (int i = 0; i < z.locatieIds().size(); i++) {
            if (bekend.containsKey(sleutel(Soort.LOCATIE, z.locatieIds().get(i)))) {
                throw new Regelfout(
                        "locaties[" + i + "].id",
                        "historie.id.bestaat",
                        z.locatieIds().get(i));
            }
        }
        Instant aangemaakt = z.aangemaaktOp() == null ? nu : z.aangemaaktOp();
        if (aangemaakt.isAfter(nu)) {
            throw new Regelfout("aangemaaktOp", "historie.moment.toekomst");
        }
        Zorgaanbieder aanbieder = Zorgaanbieder.registreer(z.gegevens(), aangemaakt);
        String kvk = aanbieder.kvkNummer().waarde();
        if (!kvkBezet.add(kvk)) {
            throw new Regelfout("kvkNummer", "historie.kvk.bestaat", kvk);
        }
        for (String l : z.locatieIds()) {
            bekend.put(
                    sleutel(Soort.LOCATIE, l),
                    new Herkomst(run, run, run, g.hash(), bestand, g.regel().nummer()));
        }
        bekend.put(
                sleutel(Soort.ZORGAANBIEDER, z.id()),
                new Herkomst(run, run, run, g.hash(), bestand, g.regel().nummer()));
        UUID id = aanbieder.id().waarde();
        Bulkzorgaanbieder nieuwe = Bulkzorgaanbieder.van(aanbieder);
        nieuweZorgaanbieders.add(nieuwe);
        herkomst(Soort.ZORGAANBIEDER, z.id(), id, g);
        List<Zorgaanbiederlader.Bulklocatie> nieuweLocaties = nieuwe.locaties();
        for (int i = 0; i < nieuweLocaties.size(); i++) {
            UUID locatieId = nieuweLocaties.get(i).id().waarde();
            herkomst(Soort.LOCATIE, z.locatieIds().get(i), locatieId, g);
            locaties.put(z.locatieIds().get(i), new LocatieRef(locatieId, id));
            tel(nieuw, Soort.LOCATIE);
        }
        zorgaanbieders.put(z.id(), id);
        tel(nieuw, Soort.ZORGAANBIEDER);
        aansluiting.telZorgaanbieder(nieuweLocaties.size());
    }

    private void melding(Geparst g, Historierecord.Melding m) {
        UUID zorgaanbieder = null;
        if (m.zorgaanbieder() != null) {
            zorgaanbieder = zorgaanbieders.get(m.zorgaanbieder());
            if (zorgaanbieder == null) {
                throw new Regelfout("zorgaanbieder", "historie.zorgaanbieder.onbekend", m.zorgaanbieder());
            }
        }
        UUID locatie = null;
        if (m.locatie() != null && zorgaanbieder != null) {
            LocatieRef ref = locaties.get(m.locatie());
            if (ref == null) {
                throw new Regelfout("locatie", "historie.locatie.onbekend", m.locatie());
            }
            if (!ref.zorgaanbieder().equals(zorgaanbieder)) {
                throw new Regelfout("locatie", "historie.locatie.andere-zorgaanbieder", m.locatie(), m.zorgaanbieder());
            }
            locatie = ref.id();
        }
        if (m.ontvangenOp().isAfter(nu)) {
            throw new Regelfout("ontvangenOp", "historie.moment.toekomst");
        }
        if (m.melderKvkNummer() != null && !KvkNummer.isGeldig(m.melderKvkNummer())) {
            throw new Regelfout("melderKvkNummer", "zorgaanbieder.kvk.ongeldig");
        }
        Meldinggegevens gegevens = new Meldinggegevens(
                m.bron(),
                m.kanaal(),
                m.meldingsoort(),
                m.sector(),
                zorgaanbieder == null ? null : new ZorgaanbiederId(zorgaanbieder),
                m.locatie() == null ? null : new LocatieId(locatie == null ? UUID.randomUUID() : locatie),
                m.zorgaanbiederOmschrijving(),
                m.melderKvkNummer(),
                m.datumGebeurtenis(),
                m.datumVastgesteld(),
                m.omschrijving(),
                m.patientOverleden(),
                m.doorSuicide(),
                m.suicidepoging(),
                m.geslotenJeugdinstelling(),
                m.seksueelGrensoverschrijdend(),
                m.sggSoort(),
                m.themas(),
                null,
                null);
        // the rules of a live notification, on the day it was received
        gegevens.controleer(LocalDate.ofInstant(m.ontvangenOp(), zone));
        UUID id = uuid7(m.ontvangenOp().toEpochMilli());
        NieuweMelding nieuwe = new NieuweMelding(id, m, gegevens);
        nieuweMeldingen.add(nieuwe);
        meldingen.put(
                m.id(),
                new MeldingRef(id, m.meldingsoort(), m.sector(), zorgaanbieder, m.ontvangenOp(), nieuwe, false));
        bekend.put(
                sleutel(Soort.MELDING, m.id()),
                new Herkomst(id, run, run, g.hash(), bestand, g.regel().nummer()));
        herkomst(Soort.MELDING, m.id(), id, g);
        tel(nieuw, Soort.MELDING);
        int jaar = jaar(m.ontvangenOp());
        jaren.add(jaar);
        aansluiting.telMelding(m.sector().name(), m.meldingsoort().name(), jaar);
    }

    private void zaak(Geparst g, Historierecord.Zaak z) {
        List<MeldingRef> refs = new ArrayList<>(z.meldingen().size());
        MeldingRef eerste = null;
        for (int i = 0; i < z.meldingen().size(); i++) {
            MeldingRef ref = meldingen.get(z.meldingen().get(i));
            if (ref == null) {
                throw new Regelfout(
                        "meldingen[" + i + "]",
                        "historie.melding.onbekend",
                        z.meldingen().get(i));
            }
            if (ref.inZaak) {
                throw new Regelfout(
                        "meldingen[" + i + "]",
                        "historie.melding.al-in-zaak",
                        z.meldingen().get(i));
            }
            refs.add(ref);
            if (eerste == null || ref.ontvangenOp.isBefore(eerste.ontvangenOp)) {
                eerste = ref;
            }
        }
        List<Statuswijziging> tijdlijn = tijdlijn(z, eerste);
        Statuswijziging laatste = tijdlijn.get(tijdlijn.size() - 1);
        if (laatste.op().isAfter(nu)) {
            throw new Regelfout(
                    z.samenvatting() != null ? "samenvatting.geslotenOp" : "tijdlijn[" + (tijdlijn.size() - 1) + "].op",
                    "historie.moment.toekomst");
        }
        Zaakstatus status = laatste.naar();
        if (!status.isOpen() && z.termijnSoort() != null) {
            throw new Regelfout("termijn", "historie.termijn.gesloten");
        }
        UUID id = uuid7(tijdlijn.get(0).op().toEpochMilli());
        Meldingstatus meldingstatus = status.meldingstatus();
        for (MeldingRef ref : refs) {
            ref.inZaak = true;
            if (ref.nieuw != null) {
                ref.nieuw.status = meldingstatus.name();
            } else if (meldingstatus != Meldingstatus.ONTVANGEN) {
                statusBijwerken.computeIfAbsent(status, s -> new ArrayList<>()).add(ref.id);
            }
        }
        nieuweZaken.add(new NieuweZaak(id, z, eerste, refs, tijdlijn, status));
        zaken.put(z.id(), new Inspectieinlezer.Zaakref(id, null, eerste.zorgaanbieder));
        bekend.put(
                sleutel(Soort.ZAAK, z.id()),
                new Herkomst(id, run, run, g.hash(), bestand, g.regel().nummer()));
        herkomst(Soort.ZAAK, z.id(), id, g);
        tel(nieuw, Soort.ZAAK);
        Zorgsector afdeling = z.afdeling() == null ? eerste.sector : z.afdeling();
        int jaar = jaar(eerste.ontvangenOp);
        jaren.add(jaar);
        aansluiting.telZaak(status.name(), afdeling.name(), jaar, z.samenvatting() != null);
    }

    /** A past measure (issue 15): judged by handhaving's rules, written by its bulk writer with the chunk. */
    private void maatregel(Geparst g, Historierecord.Maatregel m) {
        Maatregelregels.Gegevens gegevens = m.gegevens();
        UUID zorgaanbieder = zorgaanbieders.get(gegevens.zorgaanbieder());
        if (zorgaanbieder == null) {
            throw new Regelfout("zorgaanbieder", "historie.zorgaanbieder.onbekend", gegevens.zorgaanbieder());
        }
        UUID locatie = null;
        if (gegevens.locatie() != null) {
            LocatieRef ref = locaties.get(gegevens.locatie());
            if (ref == null) {
                throw new Regelfout("locatie", "historie.locatie.onbekend", gegevens.locatie());
            }
            if (!ref.zorgaanbieder().equals(zorgaanbieder)) {
                throw new Regelfout(
                        "locatie",
                        "historie.locatie.andere-zorgaanbieder",
                        gegevens.locatie(),
                        gegevens.zorgaanbieder());
            }
            locatie = ref.id();
        }
        Maatregellader.Gekeurd gekeurd = Maatregelregels.keur(
                maatregellader,
                m,
                zorgaanbieder,
                locatie,
                maatregelnummers[maatregelnummer++],
                LocalDate.ofInstant(nu, zone),
                nu);
        nieuweMaatregelen.add(gekeurd);
        bekend.put(
                sleutel(Soort.MAATREGEL, m.id()),
                new Herkomst(
                        gekeurd.id(), run, run, g.hash(), bestand, g.regel().nummer()));
        herkomst(Soort.MAATREGEL, m.id(), gekeurd.id(), g);
        tel(nieuw, Soort.MAATREGEL);
        int jaar = Maatregelregels.jaar(m);
        jaren.add(jaar);
        aansluiting.telMaatregel(gegevens.soort().name(), jaar);
    }

    /**
     * The timeline to store: a full one replayed through the case flow, as a live case's; a summary's one
     * entry, judged by what a summary must hold (issue 12 item 7). A summary was opened when its first
     * notification was received and closed at its closing, with a reason staff could give; a closing given
     * as a date only on the day of receipt is taken as the moment of receipt (it cannot precede it).
     */
    private List<Statuswijziging> tijdlijn(Historierecord.Zaak z, MeldingRef eerste) {
        Historierecord.Samenvatting s = z.samenvatting();
        if (s == null) {
            return Zaak.herspeel(eerste.soort, eerste.ontvangenOp, z.tijdlijn(), z.sluitreden());
        }
        if (z.sluitreden() == null) {
            throw new Regelfout("sluitreden", "historie.samenvatting.sluitreden.verplicht");
        }
        if (!z.sluitreden().isHandmatig()) {
            throw new Regelfout("sluitreden", "historie.samenvatting.sluitreden.samengevoegd");
        }
        if (z.termijnSoort() != null) {
            throw new Regelfout("termijn", "historie.termijn.gesloten");
        }
        Instant gesloten = s.geslotenOp();
        if (gesloten.isBefore(eerste.ontvangenOp)) {
            boolean zelfdeDag = s.alleenDatum()
                    && LocalDate.ofInstant(gesloten, Tijdzone.NEDERLAND)
                            .equals(LocalDate.ofInstant(eerste.ontvangenOp, Tijdzone.NEDERLAND));
            if (!zelfdeDag) {
                throw new Regelfout("samenvatting.geslotenOp", "historie.samenvatting.voor-ontvangst");
            }
            gesloten = eerste.ontvangenOp;
        }
        return List.of(new Statuswijziging(
                null, Zaakstatus.GESLOTEN, Transitie.SAMENVATTING_GEIMPORTEERD, SYSTEEM, gesloten, s.toelichting()));
    }

    private void herkomst(Soort soort, String legacyId, UUID nieuwId, Geparst g) {
        herkomstRegels
                .tekst(soort.name())
                .tekst(legacyId)
                .id(nieuwId)
                .id(run)
                .id(run)
                .tekst(bestand)
                .getal(g.regel().nummer())
                .tekst(g.hash())
                .moment(nu)
                .eindeRegel();
    }

    private int jaar(Instant op) {
        return LocalDate.ofInstant(op, zone).getYear();
    }

    private static void tel(Map<Soort, Long> tellingen, Soort soort) {
        tellingen.merge(soort, 1L, Long::sum);
    }

    // ---------------------------------------------------------------- refusals

    private Fout fout(Geparst g, @Nullable String id, String veld, String sleutel, Object... argumenten) {
        return new Fout(g.regel().nummer(), id, veld, berichten.getMessage(sleutel, argumenten, sleutel, NL));
    }

    private void afwijs(Geparst g, @Nullable String id, List<Fout> regelfouten) throws IOException {
        afgewezen++;
        aantalFouten += regelfouten.size();
        for (Fout f : regelfouten) {
            if (fouten.size() < Importverslag.MAX_GETOOND) {
                fouten.add(f);
            }
        }
        if (afwijzingen != null) {
            afwijzingen.schrijf(g.regel(), regelfouten);
        }
    }

    // ---------------------------------------------------------------- writing the chunk

    private void schrijf() throws SQLException {
        zorgaanbiederlader.schrijf(nieuweZorgaanbieders);
        List<Bulkmelding> meldingenBulk = new ArrayList<>(nieuweMeldingen.size());
        for (NieuweMelding n : nieuweMeldingen) {
            meldingenBulk.add(new Bulkmelding(
                    new MeldingId(n.id),
                    n.gegevens,
                    Meldingstatus.valueOf(n.status),
                    geenToken(),
                    n.record.ontvangenOp()));
        }
        meldingenLading.schrijf(meldingenBulk);
        List<Bulkzaak> zakenBulk = new ArrayList<>(nieuweZaken.size());
        for (NieuweZaak n : nieuweZaken) {
            Historierecord.Zaak z = n.record();
            Statuswijziging open = n.tijdlijn().get(0);
            List<Koppeling> koppelingen = new ArrayList<>(n.meldingen().size());
            for (MeldingRef m : n.meldingen()) {
                Instant gekoppeld = m.ontvangenOp.isAfter(open.op()) ? m.ontvangenOp : open.op();
                koppelingen.add(new Koppeling(new MeldingId(m.id), gekoppeld, open.door()));
            }
            zakenBulk.add(new Bulkzaak(
                    new ZaakId(n.id()),
                    n.status(),
                    n.eerste().soort,
                    n.eerste().sector,
                    z.afdeling() == null ? n.eerste().sector : z.afdeling(),
                    n.eerste().zorgaanbieder == null ? null : new ZorgaanbiederId(n.eerste().zorgaanbieder),
                    z.inspecteur(),
                    z.termijnSoort() == null || z.termijnDatum() == null
                            ? null
                            : new Termijn(z.termijnSoort(), z.termijnDatum()),
                    z.teLaat(),
                    z.teLaatGemeld(),
                    n.eerste().ontvangenOp,
                    z.sluitreden(),
                    n.tijdlijn(),
                    koppelingen,
                    z.samenvatting() != null));
        }
        List<String> zaakreferenties = zakenLading.schrijf(zakenBulk);
        if (!zakenZonderReferentie.isEmpty()) {
            Map<UUID, String> referenties = new HashMap<>();
            for (int i = 0; i < nieuweZaken.size(); i++) {
                if (zakenZonderReferentie.contains(nieuweZaken.get(i).id())) {
                    referenties.put(nieuweZaken.get(i).id(), zaakreferenties.get(i));
                }
            }
            inspectielader.zaakreferenties(referenties);
        }
        maatregellader.schrijfImport(nieuweMaatregelen);
        herkomstRegels.schrijf(copy);
        for (Map.Entry<Zaakstatus, List<UUID>> e : statusBijwerken.entrySet()) {
            meldingenlader.werkStatusBij(
                    e.getValue().stream().map(MeldingId::new).toList(),
                    e.getKey().meldingstatus());
        }
        for (Map.Entry<Soort, List<String>> e : gezien.entrySet()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update historie.herkomst set laatste_run = ?" + " where soort = ? and legacy_id = any(?)")) {
                s.setObject(1, run);
                s.setString(2, e.getKey().name());
                s.setArray(3, tekstArray(e.getValue()));
                s.executeUpdate();
            }
        }
    }

    /** An imported notification has no status link: a unique value that no token hashes to. */
    private String geenToken() {
        return "import-" + new UUID(random.nextLong(), random.nextLong());
    }

    /** Time-ordered UUID (version 7): rows in time order land at the right edge of the primary key index. */
    private UUID uuid7(long millis) {
        long msb = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    static Map<String, Long> alsTekst(Map<Soort, Long> tellingen) {
        Map<String, Long> uit = new LinkedHashMap<>();
        for (Soort s : Soort.values()) {
            uit.put(s.name(), tellingen.getOrDefault(s, 0L));
        }
        return uit;
    }

    Timestamp nu() {
        return nuTijdstip;
    }
}
