package nl.toezicht.documenten;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Stuurtekens;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of dossiers: adding one, adding a version, listing, downloading, and filing a rendered
 * letter. Every file passes the same inspection as intake's attachments ({@link Bestandskeuring}: size, type
 * by content, zip bounds) and is stored durably, checked against its SHA-256, before the row commits
 * ({@link Bestandsopslag}). Need-to-know is the dossier's object's, asked of its {@link Dossierhouder};
 * every read and change is in the access log with the document and its dossier's object.
 */
@Service
public class Documenten {

    static final int MAX_TITEL = 200;

    private final JdbcClient jdbc;
    private final Bestandsopslag opslag;
    private final Toegangsbeleid toegang;
    private final Map<String, Dossierhouder> houders;
    private final Medewerkers medewerkers;
    private final Clock clock;

    Documenten(
            JdbcClient jdbc,
            Bestandsopslag opslag,
            Toegangsbeleid toegang,
            List<Dossierhouder> houders,
            Medewerkers medewerkers,
            Clock clock) {
        this.medewerkers = medewerkers;
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.toegang = toegang;
        this.houders = houders.stream().collect(Collectors.toMap(Dossierhouder::soort, Function.identity()));
        this.clock = clock;
    }

    /** The documents of a dossier the user may see, oldest first; logged with the documents shown. */
    @Transactional(readOnly = true)
    public List<Document> vanDossier(Dossier dossier) {
        record Gelezen(Dossierhouder.Kenmerken kenmerken, List<Document> documenten) {}
        return toegang.lees(
                        DocumentRechten.INZIEN,
                        logobject(dossier),
                        () -> kenmerken(dossier).map(k -> new Gelezen(k, lees(dossier))),
                        g -> g.kenmerken().afdeling(),
                        g -> {
                            List<Logobject> getoond = new ArrayList<>();
                            getoond.add(g.kenmerken().logobject());
                            g.documenten().forEach(d -> getoond.add(Logobject.document(d.id())));
                            return getoond;
                        })
                .documenten();
    }

    /**
     * The dossier for its owner's page, or empty when the user's role may not read documents (the page
     * then shows no dossier). The owner's page has checked need-to-know on the object already; this
     * checks it again and logs the documents shown.
     */
    @Transactional(readOnly = true)
    public Optional<Dossierweergave> weergave(Dossier dossier, List<Dossierweergave.Briefkeuze> brieven) {
        if (!toegang.heeft(DocumentRechten.INZIEN)) {
            return Optional.empty();
        }
        List<Document> lijst = vanDossier(dossier);
        Map<String, String> namen = new java.util.HashMap<>();
        lijst.stream()
                .flatMap(d -> d.versies().stream().map(Document.Versie::door))
                .distinct()
                .forEach(door -> namen.put(
                        door, medewerkers.vind(door).map(Medewerker::naam).orElse(door)));
        // read through break-the-glass: read only, as the owner's page is
        boolean magOpstellen = toegang.heeft(DocumentRechten.OPSTELLEN)
                && kenmerken(dossier)
                        .map(k -> toegang.magAfdelingZien(k.afdeling()))
                        .orElse(false);
        return Optional.of(
                new Dossierweergave(dossier, lijst, magOpstellen, namen, magOpstellen ? brieven : List.of()));
    }

    /**
     * A new document with its first version. The title is the user's, the file is judged by its bytes.
     *
     * @throws Weigering on {@code titel} or {@code bestand} when either cannot be accepted
     */
    @Transactional
    public Document voegToe(Dossier dossier, String titel, Upload bestand) {
        return maak(dossier, titel, null, bestand);
    }

    /**
     * Files a letter the application rendered (a PDF) as a new document of the dossier; the same inspection
     * and store as an upload, so a letter is kept and checked like any other file.
     */
    @Transactional
    public Document archiveer(Dossier dossier, String titel, String briefsoort, String bestandsnaam, byte[] pdf) {
        return maak(dossier, titel, briefsoort, new Bytes(bestandsnaam, pdf));
    }

    /**
     * A document sent in from outside by someone who is no staff member (a care provider through the portal,
     * issue 13 item 9): the same inspection, store and row as an upload. The caller has checked that the
     * sender may send it to this dossier (the portal: the case of the provider's own notification); the
     * caller logs it.
     *
     * @throws Weigering on {@code titel} or {@code bestand} when either cannot be accepted
     */
    @Transactional
    public Document ontvang(Dossier dossier, String titel, Upload bestand) {
        if (kenmerken(dossier).isEmpty()) {
            throw new NietGevonden("object.dossier", dossier.id().toString());
        }
        return schrijf(UUID.randomUUID(), dossier, titel, null, bestand);
    }

    private Document maak(Dossier dossier, String titel, @Nullable String briefsoort, Upload bestand) {
        UUID id = UUID.randomUUID();
        // right and need-to-know first: another department's case answers 404 whatever was sent
        toegang.handel(
                Handeling.AANMAKEN,
                DocumentRechten.OPSTELLEN,
                List.of(logobject(dossier)),
                () -> kenmerken(dossier),
                Dossierhouder.Kenmerken::afdeling,
                k -> List.of(Logobject.document(id), k.logobject()));
        return schrijf(id, dossier, titel, briefsoort, bestand);
    }

    private Document schrijf(UUID id, Dossier dossier, String titel, @Nullable String briefsoort, Upload bestand) {
        String schoon = titel(titel);
        Bestandskeuring.Gekeurd gekeurd = Bestandskeuring.keur(bestand, "bestand", "document.bestand");
        Instant nu = Instant.now(clock);
        String door = toegang.ik().gebruikersnaam();
        jdbc.sql("""
                        insert into documenten.document
                            (id, dossier_soort, dossier_id, titel, briefsoort, aangemaakt_door, aangemaakt_op,
                             laatste_versie)
                        values (:id, :soort, :dossier, :titel, :briefsoort, :door, :op, 1)
                        """)
                .param("id", id)
                .param("soort", dossier.soort())
                .param("dossier", dossier.id())
                .param("titel", schoon)
                .param("briefsoort", briefsoort)
                .param("door", door)
                .param("op", Timestamp.from(nu))
                .update();
        bewaarVersie(id, 1, gekeurd, door, nu);
        return document(id).orElseThrow();
    }

    /**
     * A new version of a document, numbered after the newest; concurrent uploads of one document are
     * numbered one after the other (the document row is locked), never both as the same number.
     */
    @Transactional
    public Document nieuweVersie(UUID documentId, Upload bestand) {
        Bereikbaar document = bereikbaar(Handeling.WIJZIGEN, DocumentRechten.OPSTELLEN, documentId);
        Bestandskeuring.Gekeurd gekeurd = Bestandskeuring.keur(bestand, "bestand", "document.bestand");
        int versie = jdbc.sql("select laatste_versie from documenten.document where id = :id for update")
                        .param("id", document.document().id())
                        .query(Integer.class)
                        .single()
                + 1;
        jdbc.sql("update documenten.document set laatste_versie = :versie where id = :id")
                .param("versie", versie)
                .param("id", documentId)
                .update();
        bewaarVersie(documentId, versie, gekeurd, toegang.ik().gebruikersnaam(), Instant.now(clock));
        return document(documentId).orElseThrow();
    }

    /** One version's file, for a download; logged with the document and its dossier's object. */
    @Transactional(readOnly = true)
    public Documentbestand bestand(UUID documentId, int versie) {
        Bereikbaar bereikbaar = bereikbaar(Handeling.INZIEN, DocumentRechten.INZIEN, documentId);
        Document.Versie v = bereikbaar.document().versies().stream()
                .filter(x -> x.nummer() == versie)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("object.document", documentId.toString()));
        String sleutel = jdbc.sql(
                        "select opslag_sleutel from documenten.versie where document_id = :id and versie = :v")
                .param("id", documentId)
                .param("v", versie)
                .query(String.class)
                .single();
        return new Documentbestand(v.bestandsnaam(), v.mediatype(), v.grootte(), () -> opslag.open(sleutel));
    }

    /**
     * The latest file of one document of this dossier, for an outside party (the provider portal) whose access the
     * dossier's owner has checked and logged itself; empty for a document of another dossier.
     */
    @Transactional(readOnly = true)
    public Optional<Documentbestand> bestandVoorEigenaar(Dossier dossier, UUID documentId) {
        return lees(dossier).stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .map(d -> {
                    Document.Versie v = d.versies().stream()
                            .max(java.util.Comparator.comparingInt(Document.Versie::nummer))
                            .orElseThrow();
                    String sleutel = jdbc.sql("select opslag_sleutel from documenten.versie"
                                    + " where document_id = :id and versie = :v")
                            .param("id", documentId)
                            .param("v", v.nummer())
                            .query(String.class)
                            .single();
                    return new Documentbestand(
                            v.bestandsnaam(), v.mediatype(), v.grootte(), () -> opslag.open(sleutel));
                });
    }

    /** The dossier's object as its owner knows it, for a page that links back to it. */
    public Optional<Dossierhouder.Kenmerken> kenmerken(Dossier dossier) {
        Dossierhouder houder = houders.get(dossier.soort());
        return houder == null ? Optional.empty() : houder.vind(dossier.id());
    }

    /** The dossier of a document, without reading it (for a page that returns to the dossier's object). */
    public Optional<Dossier> dossierVan(UUID documentId) {
        return jdbc.sql("select dossier_soort, dossier_id from documenten.document where id = :id")
                .param("id", documentId)
                .query((rs, i) -> new Dossier(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    private record Bereikbaar(Document document, Dossierhouder.Kenmerken kenmerken) {}

    private Bereikbaar bereikbaar(Handeling handeling, nl.toezicht.toegang.Recht recht, UUID documentId) {
        return toegang.handel(
                handeling,
                recht,
                List.of(Logobject.document(documentId)),
                () -> document(documentId).flatMap(d -> kenmerken(d.dossier()).map(k -> new Bereikbaar(d, k))),
                b -> b.kenmerken().afdeling(),
                b -> List.of(Logobject.document(documentId), b.kenmerken().logobject()));
    }

    private void bewaarVersie(UUID document, int versie, Bestandskeuring.Gekeurd gekeurd, String door, Instant op) {
        // durably stored (and checked against the SHA-256) before the row commits; removed again on rollback
        String sleutel = opslag.bewaar(gekeurd.upload(), gekeurd.sha256());
        jdbc.sql("""
                        insert into documenten.versie
                            (document_id, versie, bestandsnaam, mediatype, grootte, sha256, opslag_sleutel, door, op)
                        values (:document, :versie, :naam, :type, :grootte, :sha256, :sleutel, :door, :op)
                        """)
                .param("document", document)
                .param("versie", versie)
                .param("naam", Bestandskeuring.bestandsnaam(gekeurd.upload().bestandsnaam(), "document"))
                .param("type", gekeurd.mediatype())
                .param("grootte", gekeurd.grootte())
                .param("sha256", gekeurd.sha256())
                .param("sleutel", sleutel)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .update();
    }

    private static String titel(@Nullable String titel) {
        String schoon = titel == null ? "" : titel.strip();
        if (schoon.isEmpty()) {
            throw Weigering.opVeld("titel", "document.titel.leeg");
        }
        if (schoon.length() > MAX_TITEL) {
            throw Weigering.opVeld("titel", "document.titel.te-lang", MAX_TITEL);
        }
        if (Stuurtekens.bevat(schoon) || schoon.contains("\n") || schoon.contains("\r")) {
            throw Weigering.opVeld("titel", "document.titel.ongeldig");
        }
        return schoon;
    }

    private static Logobject logobject(Dossier dossier) {
        return Logobject.van(dossier.soort(), dossier.id().toString());
    }

    private Optional<Document> document(UUID id) {
        List<Document> gevonden = lees("d.id = :id", Map.of("id", id));
        return gevonden.stream().findFirst();
    }

    private List<Document> lees(Dossier dossier) {
        return lees(
                "d.dossier_soort = :soort and d.dossier_id = :dossier",
                Map.of("soort", dossier.soort(), "dossier", dossier.id()));
    }

    private List<Document> lees(String waar, Map<String, Object> params) {
        record Rij(
                UUID id,
                Dossier dossier,
                String titel,
                @Nullable String briefsoort,
                String door,
                Instant op,
                Document.Versie versie) {}
        String sql = """
                select d.id, d.dossier_soort, d.dossier_id, d.titel, d.briefsoort, d.aangemaakt_door,
                       d.aangemaakt_op, v.versie, v.bestandsnaam, v.mediatype, v.grootte, v.sha256, v.door, v.op
                  from documenten.document d
                  join documenten.versie v on v.document_id = d.id
                """ + " where " + waar + " order by d.aangemaakt_op, d.id, v.versie";
        List<Rij> rijen = jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> new Rij(
                        rs.getObject("id", UUID.class),
                        new Dossier(rs.getString("dossier_soort"), rs.getObject("dossier_id", UUID.class)),
                        rs.getString("titel"),
                        rs.getString("briefsoort"),
                        rs.getString("aangemaakt_door"),
                        rs.getTimestamp("aangemaakt_op").toInstant(),
                        new Document.Versie(
                                rs.getInt("versie"),
                                rs.getString("bestandsnaam"),
                                rs.getString("mediatype"),
                                rs.getLong("grootte"),
                                rs.getString("sha256"),
                                rs.getString("door"),
                                rs.getTimestamp("op").toInstant())))
                .list();
        Map<UUID, List<Rij>> perDocument = new LinkedHashMap<>();
        rijen.forEach(
                r -> perDocument.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return perDocument.values().stream()
                .map(rs -> {
                    Rij eerste = rs.get(0);
                    return new Document(
                            eerste.id(),
                            eerste.dossier(),
                            eerste.titel(),
                            eerste.briefsoort(),
                            eerste.door(),
                            eerste.op(),
                            rs.stream().map(Rij::versie).toList());
                })
                .toList();
    }

    /** A file the application made itself, as an upload. */
    private record Bytes(String bestandsnaam, byte[] inhoud) implements Upload {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(inhoud);
        }

        @Override
        public long grootte() {
            return inhoud.length;
        }
    }
}
