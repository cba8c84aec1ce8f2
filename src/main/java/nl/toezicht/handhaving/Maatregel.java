package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Stroom;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An enforcement measure (maatregel) against a care provider. It guards its own rules (the money of its kind,
 * amounts in whole cents and within the maximum, payments no more than what is open) and takes every step through
 * {@link Maatregelstroom}; each step is one new timeline entry. Money is kept exactly, in euro with two decimals:
 * imposed, forfeited, invoiced, paid, written off.
 */
public final class Maatregel {

    private static final Stroom<Maatregelstatus, Maatregelstap, Maatregelstroom.Toets, Klokeffect> STROOM =
            Maatregelstroom.STROOM;
    static final int MAX_TEKST = 2000;
    static final int MAX_KORT = 200;

    /** The money of a measure as it is decided: a fine's amount, or a penalty's amount per unit and maximum. */
    public record Geld(
            @Nullable BigDecimal bedrag,
            @Nullable Dwangsomeenheid eenheid,
            @Nullable BigDecimal maximum) {
        public static final Geld GEEN = new Geld(null, null, null);
    }

    /** What the provider must do or stop doing, the legal basis, and why. */
    public record Inhoud(
            Aanleiding aanleiding,
            @Nullable String aanleidingKenmerk,
            String wet,
            String artikel,
            String omschrijving) {}

    private final UUID id;
    private final String referentie;
    private final Maatregelsoort soort;
    private Maatregelstatus status;
    private final Zorgsector afdeling;
    private final UUID zorgaanbiederId;
    private final @Nullable UUID locatieId;
    private final @Nullable String beroepsbeoefenaar;
    private final Inhoud inhoud;
    private final Geld geld;
    private BigDecimal verbeurd;
    private BigDecimal gefactureerd;
    private BigDecimal betaald;
    private BigDecimal afgeschreven;
    private final @Nullable LocalDate rapportdatum;
    private @Nullable LocalDate voornemenOp;
    private @Nullable LocalDate besluitOp;
    private @Nullable LocalDate termijnTot;
    private @Nullable LocalDate verbeurdOp;
    private @Nullable LocalDate verjaartOp;
    private @Nullable LocalDate bezwaarOntvangenOp;
    private @Nullable LocalDate beeindigdOp;
    private final Instant aangemaaktOp;
    private final String aangemaaktDoor;
    private final long version;
    private boolean geimporteerd;
    private final List<Maatregelstapregel> nieuweStappen = new ArrayList<>();

    Maatregel(
            UUID id,
            String referentie,
            Maatregelsoort soort,
            Maatregelstatus status,
            Zorgsector afdeling,
            UUID zorgaanbiederId,
            @Nullable UUID locatieId,
            @Nullable String beroepsbeoefenaar,
            Inhoud inhoud,
            Geld geld,
            BigDecimal verbeurd,
            BigDecimal gefactureerd,
            BigDecimal betaald,
            BigDecimal afgeschreven,
            @Nullable LocalDate rapportdatum,
            @Nullable LocalDate voornemenOp,
            @Nullable LocalDate besluitOp,
            @Nullable LocalDate termijnTot,
            @Nullable LocalDate verbeurdOp,
            @Nullable LocalDate verjaartOp,
            @Nullable LocalDate bezwaarOntvangenOp,
            @Nullable LocalDate beeindigdOp,
            Instant aangemaaktOp,
            String aangemaaktDoor,
            long version) {
        this.id = id;
        this.referentie = referentie;
        this.soort = soort;
        this.status = status;
        this.afdeling = afdeling;
        this.zorgaanbiederId = zorgaanbiederId;
        this.locatieId = locatieId;
        this.beroepsbeoefenaar = beroepsbeoefenaar;
        this.inhoud = inhoud;
        this.geld = geld;
        this.verbeurd = verbeurd;
        this.gefactureerd = gefactureerd;
        this.betaald = betaald;
        this.afgeschreven = afgeschreven;
        this.rapportdatum = rapportdatum;
        this.voornemenOp = voornemenOp;
        this.besluitOp = besluitOp;
        this.termijnTot = termijnTot;
        this.verbeurdOp = verbeurdOp;
        this.verjaartOp = verjaartOp;
        this.bezwaarOntvangenOp = bezwaarOntvangenOp;
        this.beeindigdOp = beeindigdOp;
        this.aangemaaktOp = aangemaaktOp;
        this.aangemaaktDoor = aangemaaktDoor;
        this.version = version;
    }

    /**
     * Prepares a measure (state CONCEPT).
     *
     * @param boetemaximum the highest fine the policy allows (a fine above it is refused on {@code bedrag})
     * @param rapportdatum the date of the fine report (Awb 5:48), only for a fine: its 13 weeks run from it
     */
    static Maatregel stelOp(
            String referentie,
            Maatregelsoort soort,
            Zorgsector afdeling,
            UUID zorgaanbieder,
            @Nullable UUID locatie,
            @Nullable String beroepsbeoefenaar,
            Inhoud inhoud,
            Geld geld,
            @Nullable LocalDate rapportdatum,
            BigDecimal boetemaximum,
            String door,
            Instant op,
            LocalDate vandaag) {
        tekst("wet", inhoud.wet(), MAX_KORT);
        tekst("artikel", inhoud.artikel(), MAX_KORT);
        tekst("omschrijving", inhoud.omschrijving(), MAX_TEKST);
        if (inhoud.aanleiding() != Aanleiding.SIGNAAL && leeg(inhoud.aanleidingKenmerk())) {
            throw Weigering.opVeld("aanleidingKenmerk", "maatregel.aanleiding.kenmerk-verplicht");
        }
        if (inhoud.aanleidingKenmerk() != null && inhoud.aanleidingKenmerk().length() > MAX_KORT) {
            throw Weigering.opVeld("aanleidingKenmerk", "maatregel.veld.te-lang", MAX_KORT);
        }
        if (beroepsbeoefenaar != null && beroepsbeoefenaar.length() > MAX_KORT) {
            throw Weigering.opVeld("beroepsbeoefenaar", "maatregel.veld.te-lang", MAX_KORT);
        }
        Geld gekeurd = keurGeld(soort, geld, boetemaximum);
        LocalDate rapport = null;
        if (soort == Maatregelsoort.BESTUURLIJKE_BOETE) {
            if (rapportdatum == null) {
                throw Weigering.opVeld("rapportdatum", "maatregel.rapportdatum.verplicht");
            }
            if (rapportdatum.isAfter(vandaag)) {
                throw Weigering.opVeld("rapportdatum", "maatregel.rapportdatum.toekomst");
            }
            rapport = rapportdatum;
        }
        Maatregel m = new Maatregel(
                UUID.randomUUID(),
                referentie,
                soort,
                Maatregelstatus.CONCEPT,
                afdeling,
                zorgaanbieder,
                locatie,
                leeg(beroepsbeoefenaar) ? null : beroepsbeoefenaar.strip(),
                new Inhoud(
                        inhoud.aanleiding(),
                        leeg(inhoud.aanleidingKenmerk())
                                ? null
                                : inhoud.aanleidingKenmerk().strip(),
                        inhoud.wet().strip(),
                        inhoud.artikel().strip(),
                        inhoud.omschrijving().strip()),
                gekeurd,
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                rapport,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                op,
                door,
                0);
        Maatregelstatus naar = STROOM.neem(
                Maatregelstap.OPSTELLEN,
                null,
                new Maatregelstroom.Toets(m, vandaag),
                b -> new IllegalStateException(b.toString()));
        m.nieuweStappen.add(
                new Maatregelstapregel(null, naar, Maatregelstap.OPSTELLEN, door, op, null, gekeurd.bedrag()));
        return m;
    }

    private static Geld keurGeld(Maatregelsoort soort, Geld geld, BigDecimal boetemaximum) {
        return switch (soort) {
            case BESTUURLIJKE_BOETE -> {
                BigDecimal bedrag = bedrag("bedrag", geld.bedrag());
                if (bedrag.compareTo(boetemaximum) > 0) {
                    throw Weigering.opVeld("bedrag", "maatregel.bedrag.boven-maximum", boetemaximum.toPlainString());
                }
                yield new Geld(bedrag, null, null);
            }
            case LAST_ONDER_DWANGSOM -> {
                BigDecimal bedrag = bedrag("bedrag", geld.bedrag());
                if (geld.eenheid() == null) {
                    throw Weigering.opVeld("eenheid", "maatregel.eenheid.verplicht");
                }
                BigDecimal maximum = bedrag("maximum", geld.maximum());
                if (bedrag.compareTo(maximum) > 0) {
                    throw Weigering.opVeld("bedrag", "maatregel.bedrag.boven-maximum", maximum.toPlainString());
                }
                yield new Geld(bedrag, geld.eenheid(), maximum);
            }
            default -> {
                if (geld.bedrag() != null || geld.maximum() != null) {
                    throw Weigering.opVeld("bedrag", "maatregel.bedrag.niet-voor-soort");
                }
                yield Geld.GEEN;
            }
        };
    }

    /** A positive amount in whole cents (no rounding: an amount with more decimals is refused, not changed). */
    static BigDecimal bedrag(String veld, @Nullable BigDecimal bedrag) {
        if (bedrag == null) {
            throw Weigering.opVeld(veld, "maatregel.bedrag.verplicht");
        }
        if (bedrag.signum() <= 0) {
            throw Weigering.opVeld(veld, "maatregel.bedrag.positief");
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            throw Weigering.opVeld(veld, "maatregel.bedrag.centen");
        }
        if (bedrag.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw Weigering.opVeld(veld, "maatregel.bedrag.te-groot");
        }
        return bedrag.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether a step could be taken now, for the page (the flow's rules; rights are the caller's). */
    boolean kan(Maatregelstap stap, LocalDate vandaag) {
        return STROOM.toets(stap, status, new Maatregelstroom.Toets(this, vandaag))
                .isEmpty();
    }

    /** The steps offered from here that the flow allows, of those the user's rights allow. */
    List<Maatregelstap> toegestaan(LocalDate vandaag, java.util.function.Predicate<String> heeftRecht) {
        List<Maatregelstap> uit = new ArrayList<>();
        for (Maatregelstap stap : Maatregelstap.values()) {
            var o = STROOM.overgang(stap);
            if (stap != STROOM.beginstap() && heeftRecht.test(o.recht()) && kan(stap, vandaag)) {
                uit.add(stap);
            }
        }
        return uit;
    }

    /**
     * Takes a step and records it; returns what it does to the clocks. Steps with data of their own go through
     * their own methods below, which come here.
     */
    Klokeffect neem(Maatregelstap stap, LocalDate vandaag, String door, Instant op, @Nullable String toelichting) {
        if (stap == Maatregelstap.BEZWAAR_GEGROND || stap == Maatregelstap.BEZWAAR_ONGEGROND) {
            return beslisOpBezwaar(stap == Maatregelstap.BEZWAAR_GEGROND, vandaag, door, op, toelichting);
        }
        return neem(stap, vandaag, door, op, toelichting, null);
    }

    private Klokeffect neem(
            Maatregelstap stap,
            LocalDate vandaag,
            String door,
            Instant op,
            @Nullable String toelichting,
            @Nullable BigDecimal bedrag) {
        if (toelichting != null && toelichting.length() > MAX_TEKST) {
            throw Weigering.opVeld("toelichting", "maatregel.veld.te-lang", MAX_TEKST);
        }
        Maatregelstroom.Toets toets = new Maatregelstroom.Toets(this, vandaag);
        Maatregelstatus van = status;
        Maatregelstatus naar = STROOM.neem(stap, status, toets, b -> weigering(stap, b));
        Klokeffect effect = STROOM.effect(stap, toets);
        status = naar;
        if (naar != van
                && (naar == Maatregelstatus.OPGEHEVEN
                        || naar == Maatregelstatus.AFGEROND
                        || naar == Maatregelstatus.NAGELEEFD && soort == Maatregelsoort.LAST_ONDER_DWANGSOM
                        || naar == Maatregelstatus.HERROEPEN
                        || naar == Maatregelstatus.INGETROKKEN)) {
            if (beeindigdOp == null) {
                beeindigdOp = vandaag;
            }
        }
        nieuweStappen.add(new Maatregelstapregel(
                van,
                naar,
                stap,
                door,
                op,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip(),
                bedrag));
        return effect == null ? new Klokeffect(List.of(), List.of(), false) : effect;
    }

    private Weigering weigering(Maatregelstap stap, Stroom.Bezwaar<Maatregelstatus, Maatregelstap> b) {
        if (b instanceof Stroom.Bezwaar.Geweigerd<Maatregelstatus, Maatregelstap> g) {
            return new Weigering(g.berichtSleutel(), new DefaultMessageSourceResolvable(stap.berichtSleutel()));
        }
        return new Weigering(
                "maatregel.stap.niet-vanuit",
                new DefaultMessageSourceResolvable(stap.berichtSleutel()),
                new DefaultMessageSourceResolvable(status.berichtSleutel()));
    }

    /**
     * A letter of the flow was dispatched (intention, decision, collection decision): the step is taken and the
     * dispatch date is the day the decision was made known (bekendmaking), day 0 of the clocks it starts.
     */
    Klokeffect verzonden(Maatregelstap stap, LocalDate verzondenOp, String door, Instant op) {
        if (!stap.isBrief()) {
            throw new IllegalArgumentException("not a letter step: " + stap);
        }
        Klokeffect effect = neem(
                stap,
                verzondenOp,
                door,
                op,
                null,
                stap == Maatregelstap.INVORDERING_VERZENDEN ? verbeurd : geld.bedrag());
        switch (stap) {
            case VOORNEMEN_VERZENDEN -> voornemenOp = verzondenOp;
            case BESLUIT_VERZENDEN -> {
                besluitOp = verzondenOp;
                if (soort == Maatregelsoort.BESTUURLIJKE_BOETE) {
                    gefactureerd = gefactureerd.add(geld.bedrag());
                }
            }
            case INVORDERING_VERZENDEN -> gefactureerd = gefactureerd.add(verbeurd);
            default -> {}
        }
        return effect;
    }

    /**
     * The grace period passed without compliance: the penalty is forfeited for {@code aantal} violations or time
     * units, at most the maximum (Awb 5:32b). The sum is exact: amount × number, capped.
     */
    Klokeffect stelVerbeurteVast(int aantal, LocalDate vandaag, String door, Instant op) {
        if (aantal < 1 || aantal > 100_000) {
            throw Weigering.opVeld("aantal", "maatregel.verbeurte.aantal");
        }
        // the flow first: only a penalty, and only after its grace period, has a sum to forfeit
        STROOM.toets(Maatregelstap.VERBEURTE_VASTSTELLEN, status, new Maatregelstroom.Toets(this, vandaag))
                .ifPresent(b -> {
                    throw weigering(Maatregelstap.VERBEURTE_VASTSTELLEN, b);
                });
        return verbeurdVoor(verbeurdeSom(aantal), vandaag, door, op);
    }

    /**
     * A past forfeiture as the old system kept it (the history import): the sum itself, in whole cents and no more
     * than the maximum, not recomputed from a number of violations.
     */
    Klokeffect stelVerbeurdeSomVast(@Nullable BigDecimal som, LocalDate vandaag, String door, Instant op) {
        STROOM.toets(Maatregelstap.VERBEURTE_VASTSTELLEN, status, new Maatregelstroom.Toets(this, vandaag))
                .ifPresent(b -> {
                    throw weigering(Maatregelstap.VERBEURTE_VASTSTELLEN, b);
                });
        BigDecimal s = bedrag("bedrag", som);
        if (s.compareTo(geld.maximum()) > 0) {
            throw Weigering.opVeld(
                    "bedrag", "maatregel.bedrag.boven-maximum", geld.maximum().toPlainString());
        }
        return verbeurdVoor(s, vandaag, door, op);
    }

    private Klokeffect verbeurdVoor(BigDecimal som, LocalDate vandaag, String door, Instant op) {
        Klokeffect effect = neem(Maatregelstap.VERBEURTE_VASTSTELLEN, vandaag, door, op, null, som);
        verbeurd = som;
        verbeurdOp = vandaag;
        return effect;
    }

    /** The forfeited sum for {@code aantal} violations or time units: amount × number, never above the maximum. */
    BigDecimal verbeurdeSom(int aantal) {
        BigDecimal som = geld.bedrag().multiply(BigDecimal.valueOf(aantal));
        return som.min(geld.maximum()).setScale(2, RoundingMode.UNNECESSARY);
    }

    Klokeffect legBetalingVast(@Nullable BigDecimal bedrag, LocalDate vandaag, String door, Instant op) {
        BigDecimal b = binnenOpenstaand(bedrag);
        Klokeffect effect = neem(Maatregelstap.BETALING_VASTLEGGEN, vandaag, door, op, null, b);
        betaald = betaald.add(b);
        return effect;
    }

    Klokeffect schrijfAf(
            @Nullable BigDecimal bedrag, LocalDate vandaag, String door, Instant op, @Nullable String reden) {
        BigDecimal b = binnenOpenstaand(bedrag);
        Klokeffect effect = neem(Maatregelstap.AFSCHRIJVEN, vandaag, door, op, reden, b);
        afgeschreven = afgeschreven.add(b);
        return effect;
    }

    private BigDecimal binnenOpenstaand(@Nullable BigDecimal bedrag) {
        BigDecimal b = bedrag("bedrag", bedrag);
        if (b.compareTo(openstaand()) > 0) {
            throw Weigering.opVeld(
                    "bedrag", "maatregel.geld.meer-dan-open", openstaand().toPlainString());
        }
        return b;
    }

    /** An objection came in on {@code ontvangen} (a date not in the future, not before the decision). */
    Klokeffect ontvangBezwaar(@Nullable LocalDate ontvangen, LocalDate vandaag, String door, Instant op) {
        if (ontvangen == null) {
            throw Weigering.opVeld("ontvangen", "maatregel.bezwaar.datum-verplicht");
        }
        if (ontvangen.isAfter(vandaag) || (besluitOp != null && ontvangen.isBefore(besluitOp))) {
            throw Weigering.opVeld("ontvangen", "maatregel.bezwaar.datum-ongeldig");
        }
        Klokeffect effect = neem(Maatregelstap.BEZWAAR_ONTVANGEN, vandaag, door, op, null, null);
        bezwaarOntvangenOp = ontvangen;
        return effect;
    }

    /** The decision on the objection: upheld (the measure is set aside, nothing more to collect) or not. */
    Klokeffect beslisOpBezwaar(
            boolean gegrond, LocalDate vandaag, String door, Instant op, @Nullable String toelichting) {
        Klokeffect effect = neem(
                gegrond ? Maatregelstap.BEZWAAR_GEGROND : Maatregelstap.BEZWAAR_ONGEGROND,
                vandaag,
                door,
                op,
                toelichting,
                null);
        if (gegrond) {
            // a set-aside decision leaves no claim: what was still open is written off (refunds are the
            // financial administration's)
            afgeschreven = afgeschreven.add(openstaand());
        }
        bezwaarOntvangenOp = null;
        return effect;
    }

    /** The clocks' deadlines as the engine computed them, copied for the lists and the rules. */
    void termijnen(@Nullable LocalDate termijnTot, @Nullable LocalDate verjaartOp) {
        if (termijnTot != null) {
            this.termijnTot = termijnTot;
        }
        if (verjaartOp != null) {
            this.verjaartOp = verjaartOp;
        }
    }

    /** Read from a measure the history import brought in with its steps (the old system sent its letters). */
    void markeerGeimporteerd() {
        geimporteerd = true;
    }

    /** Brought in by the history import, not taken through the live flow here. */
    public boolean geimporteerd() {
        return geimporteerd;
    }

    /** Invoiced minus paid minus written off. */
    public BigDecimal openstaand() {
        return gefactureerd.subtract(betaald).subtract(afgeschreven);
    }

    /** What was imposed: a fine's amount, a penalty's maximum; zero for the other kinds. */
    public BigDecimal opgelegd() {
        return switch (soort) {
            case BESTUURLIJKE_BOETE -> geld.bedrag();
            case LAST_ONDER_DWANGSOM -> geld.maximum();
            default -> BigDecimal.ZERO.setScale(2);
        };
    }

    private static void tekst(String veld, @Nullable String waarde, int max) {
        if (leeg(waarde)) {
            throw Weigering.opVeld(veld, "maatregel.veld.verplicht");
        }
        if (waarde.length() > max) {
            throw Weigering.opVeld(veld, "maatregel.veld.te-lang", max);
        }
    }

    private static boolean leeg(@Nullable String s) {
        return s == null || s.isBlank();
    }

    List<Maatregelstapregel> nieuweStappen() {
        return List.copyOf(nieuweStappen);
    }

    void stappenBewaard() {
        nieuweStappen.clear();
    }

    public UUID id() {
        return id;
    }

    public String referentie() {
        return referentie;
    }

    public Maatregelsoort soort() {
        return soort;
    }

    public Maatregelstatus status() {
        return status;
    }

    public Zorgsector afdeling() {
        return afdeling;
    }

    public UUID zorgaanbiederId() {
        return zorgaanbiederId;
    }

    public @Nullable UUID locatieId() {
        return locatieId;
    }

    public @Nullable String beroepsbeoefenaar() {
        return beroepsbeoefenaar;
    }

    public Inhoud inhoud() {
        return inhoud;
    }

    public Geld geld() {
        return geld;
    }

    public BigDecimal verbeurd() {
        return verbeurd;
    }

    public BigDecimal gefactureerd() {
        return gefactureerd;
    }

    public BigDecimal betaald() {
        return betaald;
    }

    public BigDecimal afgeschreven() {
        return afgeschreven;
    }

    public @Nullable LocalDate rapportdatum() {
        return rapportdatum;
    }

    public @Nullable LocalDate voornemenOp() {
        return voornemenOp;
    }

    public @Nullable LocalDate besluitOp() {
        return besluitOp;
    }

    public @Nullable LocalDate termijnTot() {
        return termijnTot;
    }

    public @Nullable LocalDate verbeurdOp() {
        return verbeurdOp;
    }

    public @Nullable LocalDate verjaartOp() {
        return verjaartOp;
    }

    public @Nullable LocalDate bezwaarOntvangenOp() {
        return bezwaarOntvangenOp;
    }

    public @Nullable LocalDate beeindigdOp() {
        return beeindigdOp;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public String aangemaaktDoor() {
        return aangemaaktDoor;
    }

    long version() {
        return version;
    }
}
