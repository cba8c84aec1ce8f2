package nl.toezicht.zaken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case (zaak): one or more notifications about one event, handled by one department against one legal
 * clock at a time. Every state change is a named method that refuses what the flow does not allow and
 * writes a line in the timeline.
 */
@Table(schema = "zaken", name = "zaak")
public class Zaak {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    private String referentie;
    private Zaakstatus status;
    private Meldingsoort soort;
    private Zorgsector sector;
    private Zorgsector afdeling;
    private @Nullable UUID zorgaanbiederId;
    private @Nullable String inspecteur;
    private @Nullable Termijnsoort termijnSoort;
    private @Nullable LocalDate termijnDatum;
    private boolean teLaat;
    private boolean teLaatGemeld;
    private Instant ontvangenOp;
    private Instant geopendOp;
    private @Nullable Instant geslotenOp;
    private @Nullable Sluitreden sluitreden;

    @MappedCollection(idColumn = "zaak", keyColumn = "volgnummer")
    private List<Statuswijziging> tijdlijn = new ArrayList<>();

    @MappedCollection(idColumn = "zaak")
    private Set<ZaakMelding> meldingen = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    private Zaak() {
        // for Spring Data JDBC
    }

    /**
     * Opens a case for a newly received notification. Routing rule: the case goes to the department of
     * the notification's sector (a department is identified by its sector), without an inspector; the
     * department assigns one.
     */
    public static Zaak open(
            String referentie,
            MeldingId melding,
            Meldingsoort soort,
            Zorgsector sector,
            @Nullable ZorgaanbiederId zorgaanbieder,
            Instant ontvangenOp,
            Termijn triage,
            boolean teLaatGemeld,
            String door,
            Instant op) {
        Zaak zaak = new Zaak();
        zaak.id = UUID.randomUUID();
        zaak.referentie = referentie;
        zaak.status = Zaakstatus.ONTVANGEN;
        zaak.soort = soort;
        zaak.sector = sector;
        zaak.afdeling = sector;
        zaak.zorgaanbiederId = zorgaanbieder == null ? null : zorgaanbieder.waarde();
        zaak.ontvangenOp = ontvangenOp;
        zaak.geopendOp = op;
        zaak.teLaatGemeld = teLaatGemeld;
        zaak.zetTermijn(triage);
        zaak.meldingen.add(new ZaakMelding(melding.waarde(), op, door));
        zaak.tijdlijn.add(new Statuswijziging(null, Zaakstatus.ONTVANGEN, Transitie.OPENEN, door, op, null));
        return zaak;
    }

    /**
     * Replays a case history recorded elsewhere (the bulk import of past cases) through the same flow as a
     * live case: it starts with {@link Transitie#OPENEN} on or after the receipt of its first notification,
     * every further step is one the flow allows from the state reached (an assignment only while open, no
     * assessment without investigation for a calamity), the steps are in time order, and a closed case has a
     * reason that fits how it was closed; an open one has none. Returns the timeline as it is stored.
     *
     * @throws Weigering on field {@code tijdlijn[i].transitie}, {@code tijdlijn[i].op} or {@code sluitreden}
     */
    public static List<Statuswijziging> herspeel(
            Meldingsoort soort, Instant ontvangenOp, List<HistorischeStap> stappen, @Nullable Sluitreden reden) {
        if (stappen.isEmpty() || stappen.get(0).transitie() != Transitie.OPENEN) {
            throw Weigering.opVeld("tijdlijn[0].transitie", "zaak.historie.eerst-openen");
        }
        List<Statuswijziging> tijdlijn = new ArrayList<>(stappen.size());
        Zaakstatus status = null;
        Instant vorige = ontvangenOp;
        for (int i = 0; i < stappen.size(); i++) {
            HistorischeStap stap = stappen.get(i);
            String veld = "tijdlijn[" + i + "]";
            Transitie transitie = stap.transitie();
            if (stap.op().isBefore(vorige)) {
                throw i == 0
                        ? Weigering.opVeld(veld + ".op", "zaak.historie.voor-ontvangst")
                        : Weigering.opVeld(veld + ".op", "zaak.historie.volgorde");
            }
            vorige = stap.op();
            Zaakstatus naar;
            if (i == 0) {
                naar = Zaakstatus.ONTVANGEN;
            } else if (transitie == Transitie.TOEWIJZEN) {
                if (!status.isOpen()) {
                    throw Weigering.opVeld(
                            veld + ".transitie", "zaak.historie.transitie", label(transitie), label(status));
                }
                naar = status;
            } else if (!transitie.magVanuit(status)) {
                throw Weigering.opVeld(veld + ".transitie", "zaak.historie.transitie", label(transitie), label(status));
            } else if (transitie == Transitie.NEEM_IN_BEOORDELING && soort == Meldingsoort.CALAMITEIT) {
                throw Weigering.opVeld(veld + ".transitie", "zaak.calamiteit-eerst-onderzoek", label(transitie));
            } else {
                naar = Objects.requireNonNull(transitie.naar());
            }
            tijdlijn.add(new Statuswijziging(
                    status, naar, transitie, stap.door(), stap.op(), leegIsNull(stap.toelichting())));
            status = naar;
        }
        Transitie laatste = stappen.get(stappen.size() - 1).transitie();
        if (status.isOpen() && reden != null) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.alleen-bij-sluiten");
        }
        if (!status.isOpen()) {
            if (reden == null) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.verplicht");
            }
            if (laatste == Transitie.SLUIT && !reden.isHandmatig()) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
            }
            if (laatste == Transitie.SAMENVOEGEN && reden != Sluitreden.SAMENGEVOEGD) {
                throw Weigering.opVeld("sluitreden", "zaak.historie.samengevoegd");
            }
        }
        return tijdlijn;
    }

    public void startTriage(String door, Instant op, @Nullable String toelichting) {
        wijzig(Transitie.START_TRIAGE, door, op, toelichting);
    }

    /**
     * The provider is asked to investigate. For a calamity the Wkkgz clock runs from the receipt of the
     * notification (8 weeks); for other kinds the same period runs from the request.
     */
    public void vraagOnderzoekAan(Termijnen termijnen, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(Transitie.VRAAG_ONDERZOEK_AAN);
        zetTermijn(
                soort == Meldingsoort.CALAMITEIT
                        ? termijnen.onderzoeksrapport(ontvangenOp)
                        : termijnen.onderzoeksrapport(op));
        wijzig(Transitie.VRAAG_ONDERZOEK_AAN, door, op, toelichting);
    }

    /** Only for other kinds than calamities: a calamity is always investigated by the provider first. */
    public void neemInBeoordeling(Termijnen termijnen, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(Transitie.NEEM_IN_BEOORDELING);
        if (soort == Meldingsoort.CALAMITEIT) {
            throw new Weigering("zaak.calamiteit-eerst-onderzoek", label(Transitie.NEEM_IN_BEOORDELING));
        }
        zetTermijn(termijnen.beoordeling());
        wijzig(Transitie.NEEM_IN_BEOORDELING, door, op, toelichting);
    }

    public void ontvangOnderzoek(Termijnen termijnen, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(Transitie.ONTVANG_ONDERZOEK);
        zetTermijn(termijnen.beoordeling());
        wijzig(Transitie.ONTVANG_ONDERZOEK, door, op, toelichting);
    }

    public void vraagAanvullingAan(Termijnen termijnen, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(Transitie.VRAAG_AANVULLING_AAN);
        zetTermijn(termijnen.aanvulling());
        wijzig(Transitie.VRAAG_AANVULLING_AAN, door, op, toelichting);
    }

    public void sluit(@Nullable Sluitreden reden, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(Transitie.SLUIT);
        if (reden == null) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.verplicht");
        }
        if (!reden.isHandmatig()) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
        }
        wijzig(Transitie.SLUIT, door, op, toelichting);
        markeerGesloten(reden, op);
    }

    /** Intake joins a notification to this case (it leaves its former case). */
    public void voegMeldingToe(MeldingId melding, String door, Instant op) {
        if (!status.isOpen()) {
            throw new Weigering("zaak.samenvoegen.gesloten", referentie);
        }
        if (bevat(melding)) {
            throw new Weigering("zaak.samenvoegen.al-gekoppeld", referentie);
        }
        meldingen.add(new ZaakMelding(melding.waarde(), op, door));
    }

    /**
     * The notification moved to another case. A case left without notifications has nothing to handle:
     * it is closed as joined ({@link Sluitreden#SAMENGEVOEGD}), from any open state.
     */
    public void verliesMelding(MeldingId melding, String naarReferentie, String door, Instant op) {
        meldingen.removeIf(m -> m.meldingId().equals(melding.waarde()));
        if (meldingen.isEmpty() && status.isOpen()) {
            wijzig(Transitie.SAMENVOEGEN, door, op, naarReferentie);
            markeerGesloten(Sluitreden.SAMENGEVOEGD, op);
        }
    }

    /** Assigns the case within its department: the inspector must work there. */
    public void wijsToe(Medewerker inspecteur, String door, Instant op) {
        if (!status.isOpen()) {
            throw new Weigering("zaak.toewijzen.gesloten", referentie);
        }
        if (inspecteur.rol() != Rol.INSPECTEUR || !inspecteur.werktBij(afdeling)) {
            throw Weigering.opVeld("inspecteur", "zaak.toewijzen.andere-afdeling", inspecteur.naam(), label(afdeling));
        }
        this.inspecteur = inspecteur.gebruikersnaam();
        tijdlijn.add(new Statuswijziging(status, status, Transitie.TOEWIJZEN, door, op, inspecteur.naam()));
    }

    /** Intake linked the notification to a provider of the register. */
    public void koppelZorgaanbieder(ZorgaanbiederId zorgaanbieder) {
        this.zorgaanbiederId = zorgaanbieder.waarde();
    }

    /** The manual steps allowed now, for the case page and the API. */
    public List<Transitie> toegestaneTransities() {
        return java.util.Arrays.stream(Transitie.values())
                .filter(Transitie::isHandmatig)
                .filter(t -> t.magVanuit(status))
                .filter(t -> t != Transitie.NEEM_IN_BEOORDELING || soort != Meldingsoort.CALAMITEIT)
                .toList();
    }

    public boolean bevat(MeldingId melding) {
        return meldingen.stream().anyMatch(m -> m.meldingId().equals(melding.waarde()));
    }

    private void eisToegestaan(Transitie transitie) {
        if (!transitie.magVanuit(status)) {
            throw new Weigering("zaak.transitie.geweigerd", label(transitie), label(status), referentie);
        }
    }

    private void wijzig(Transitie transitie, String door, Instant op, @Nullable String toelichting) {
        eisToegestaan(transitie);
        Zaakstatus van = status;
        status = Objects.requireNonNull(transitie.naar());
        tijdlijn.add(new Statuswijziging(van, status, transitie, door, op, leegIsNull(toelichting)));
    }

    private void markeerGesloten(Sluitreden reden, Instant op) {
        sluitreden = reden;
        geslotenOp = op;
        termijnSoort = null;
        termijnDatum = null;
    }

    private void zetTermijn(Termijn termijn) {
        termijnSoort = termijn.soort();
        termijnDatum = termijn.datum();
        // the flag belongs to the running clock: a new deadline starts on time
        teLaat = false;
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static DefaultMessageSourceResolvable label(Zaakstatus status) {
        return new DefaultMessageSourceResolvable(status.berichtSleutel());
    }

    private static DefaultMessageSourceResolvable label(Transitie transitie) {
        return new DefaultMessageSourceResolvable(transitie.berichtSleutel());
    }

    private static DefaultMessageSourceResolvable label(Zorgsector afdeling) {
        return new DefaultMessageSourceResolvable(afdeling.berichtSleutel());
    }

    public ZaakId id() {
        return new ZaakId(id);
    }

    public @Nullable Long versie() {
        return version;
    }

    public String referentie() {
        return referentie;
    }

    public Zaakstatus status() {
        return status;
    }

    public Meldingsoort soort() {
        return soort;
    }

    public Zorgsector sector() {
        return sector;
    }

    public Zorgsector afdeling() {
        return afdeling;
    }

    public @Nullable ZorgaanbiederId zorgaanbieder() {
        return zorgaanbiederId == null ? null : new ZorgaanbiederId(zorgaanbiederId);
    }

    public @Nullable String inspecteur() {
        return inspecteur;
    }

    public @Nullable Termijn termijn() {
        return termijnSoort == null || termijnDatum == null ? null : new Termijn(termijnSoort, termijnDatum);
    }

    /** Overdue: marked by the daily job, or past its deadline since. */
    public boolean isTeLaat(LocalDate vandaag) {
        Termijn termijn = termijn();
        return status.isOpen() && (teLaat || (termijn != null && termijn.isVerstreken(vandaag)));
    }

    /** Wkkgz: a calamity reported later than 3 working days after it was established. */
    public boolean isTeLaatGemeld() {
        return teLaatGemeld;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public @Nullable Instant geslotenOp() {
        return geslotenOp;
    }

    public @Nullable Sluitreden sluitreden() {
        return sluitreden;
    }

    public List<Statuswijziging> tijdlijn() {
        return Collections.unmodifiableList(tijdlijn);
    }

    /** The notifications, in the order they were joined. */
    public List<MeldingId> meldingen() {
        return meldingen.stream()
                .sorted(java.util.Comparator.comparing(ZaakMelding::gekoppeldOp).thenComparing(ZaakMelding::meldingId))
                .map(ZaakMelding::melding)
                .toList();
    }

    /** The link rows as stored, for {@link NieuweZaken}. */
    Set<ZaakMelding> zaakMeldingen() {
        return Collections.unmodifiableSet(meldingen);
    }
}
