package nl.toezicht.handhaving;

import static nl.toezicht.handhaving.Klokeffect.BEGUNSTIGING;
import static nl.toezicht.handhaving.Klokeffect.BESLISSING_OP_BEZWAAR;
import static nl.toezicht.handhaving.Klokeffect.BEVEL;
import static nl.toezicht.handhaving.Klokeffect.BEZWAARTERMIJN;
import static nl.toezicht.handhaving.Klokeffect.BOETEBESLUIT;
import static nl.toezicht.handhaving.Klokeffect.NALEVING;
import static nl.toezicht.handhaving.Klokeffect.VERJARING;
import static nl.toezicht.handhaving.Klokeffect.ZIENSWIJZE;
import static nl.toezicht.handhaving.Maatregelsoort.AANWIJZING;
import static nl.toezicht.handhaving.Maatregelsoort.BESTUURLIJKE_BOETE;
import static nl.toezicht.handhaving.Maatregelsoort.LAST_ONDER_DWANGSOM;
import static nl.toezicht.handhaving.Maatregelsoort.TUCHTKLACHT;
import static nl.toezicht.handhaving.Maatregelsoort.VERSCHERPT_TOEZICHT;
import static nl.toezicht.handhaving.Maatregelsoort.WAARSCHUWING;
import static nl.toezicht.handhaving.Maatregelstap.*;
import static nl.toezicht.handhaving.Maatregelstatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Stroom;
import org.jspecify.annotations.Nullable;

/**
 * The flow of every kind of measure, declared once (decision 0032): one flow over all kinds, whose rules look at
 * the kind, so each kind takes only its own path (a warning is decided and sent; an instruction goes from
 * intention through the party's view to its decision, compliance and lifting; an order under penalty is
 * forfeited and collected; ...). The effects are the legal clocks each step starts and stops.
 */
public final class Maatregelstroom {

    /** What the rules look at: the measure and the Dutch date of today (grace period over? limitation passed?). */
    public record Toets(Maatregel maatregel, LocalDate vandaag) {
        Maatregelsoort soort() {
            return maatregel.soort();
        }

        boolean soortIs(Maatregelsoort... soorten) {
            return Set.of(soorten).contains(maatregel.soort());
        }
    }

    private static final String OPSTELLER = HandhavingRechten.OPSTELLEN.code();
    private static final String ONDERTEKENAAR = HandhavingRechten.ONDERTEKENEN.code();

    /** The states in which a decision stands and can be objected to. */
    static final Set<Maatregelstatus> NA_BESLUIT =
            EnumSet.of(OPGELEGD, NAGELEEFD, NIET_NAGELEEFD, VERBEURD, INVORDERING, OPGEHEVEN, AFGEROND);

    public static final Stroom<Maatregelstatus, Maatregelstap, Toets, Klokeffect> STROOM =
            Stroom.<Maatregelstatus, Maatregelstap, Toets, Klokeffect>van(Maatregelstatus.class, Maatregelstap.class)
                    .begin(OPSTELLEN, CONCEPT)
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    // the 13 weeks of Awb 5:51 run from the fine report, before anything is sent
                    .effectVolgens(k -> k.soortIs(BESTUURLIJKE_BOETE) ? Klokeffect.start(BOETEBESLUIT) : null)
                    .stap(VOORNEMEN_VERZENDEN)
                    .vanaf(CONCEPT)
                    .naar(VOORNEMEN)
                    .door(ONDERTEKENAAR)
                    .eigenOpdracht()
                    .alleenAls(k -> k.soort().kentVoornemen(), "maatregel.stap.niet-voor-soort")
                    .effect(Klokeffect.start(ZIENSWIJZE))
                    .stap(BESLUIT_VERZENDEN)
                    .vanaf(CONCEPT, VOORNEMEN)
                    .naar(OPGELEGD)
                    .door(ONDERTEKENAAR)
                    .eigenOpdracht()
                    .alleenAls(
                            k -> k.soort().kentVoornemen() == (k.maatregel().status() == VOORNEMEN),
                            "maatregel.besluit.voornemen-eerst")
                    .effectVolgens(Maatregelstroom::naBesluit)
                    .stap(NALEVING_VASTSTELLEN)
                    .vanaf(OPGELEGD)
                    .naar(NAGELEEFD)
                    .door(OPSTELLER)
                    .alleenAls(k -> k.soortIs(AANWIJZING, LAST_ONDER_DWANGSOM), "maatregel.stap.niet-voor-soort")
                    .effect(Klokeffect.stop(NALEVING, BEGUNSTIGING))
                    .stap(NIET_NALEVING_VASTSTELLEN)
                    .vanaf(OPGELEGD)
                    .naar(NIET_NAGELEEFD)
                    .door(OPSTELLER)
                    .alleenAls(k -> k.soortIs(AANWIJZING), "maatregel.stap.niet-voor-soort")
                    .effect(Klokeffect.stop(NALEVING))
                    .stap(VERBEURTE_VASTSTELLEN)
                    .vanaf(OPGELEGD)
                    .naar(VERBEURD)
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    .alleenAls(k -> k.soortIs(LAST_ONDER_DWANGSOM), "maatregel.stap.niet-voor-soort")
                    .alleenAls(
                            k -> k.maatregel().termijnTot() != null
                                    && k.vandaag().isAfter(k.maatregel().termijnTot()),
                            "maatregel.verbeurte.begunstigingstermijn-loopt")
                    .effect(Klokeffect.stop(BEGUNSTIGING).enStart(VERJARING))
                    .stap(INVORDERING_VERZENDEN)
                    .vanaf(VERBEURD)
                    .naar(INVORDERING)
                    .door(ONDERTEKENAAR)
                    .eigenOpdracht()
                    .alleenAls(
                            k -> k.maatregel().verjaartOp() == null
                                    || !k.vandaag().isAfter(k.maatregel().verjaartOp()),
                            "maatregel.invordering.verjaard")
                    .effect(new Klokeffect(List.of(VERJARING, BEZWAARTERMIJN), List.of(BEZWAARTERMIJN), false))
                    .stap(BETALING_VASTLEGGEN)
                    .vanaf(OPGELEGD, INVORDERING)
                    .blijft()
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    .alleenAls(
                            k -> k.soortIs(BESTUURLIJKE_BOETE, LAST_ONDER_DWANGSOM), "maatregel.stap.niet-voor-soort")
                    .alleenAls(k -> k.maatregel().openstaand().signum() > 0, "maatregel.geld.niets-open")
                    .stap(AFSCHRIJVEN)
                    .vanaf(OPGELEGD, INVORDERING)
                    .blijft()
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    .alleenAls(
                            k -> k.soortIs(BESTUURLIJKE_BOETE, LAST_ONDER_DWANGSOM), "maatregel.stap.niet-voor-soort")
                    .alleenAls(k -> k.maatregel().openstaand().signum() > 0, "maatregel.geld.niets-open")
                    .stap(AFRONDEN)
                    .vanaf(OPGELEGD, INVORDERING)
                    .naar(AFGEROND)
                    .door(OPSTELLER)
                    .alleenAls(
                            k -> k.soortIs(WAARSCHUWING, BESTUURLIJKE_BOETE)
                                    || k.maatregel().status() == INVORDERING,
                            "maatregel.stap.niet-voor-soort")
                    .alleenAls(k -> k.maatregel().openstaand().signum() == 0, "maatregel.geld.nog-open")
                    .stap(BEVEL_VERLENGEN)
                    .vanaf(OPGELEGD)
                    .blijft()
                    .door(ONDERTEKENAAR)
                    .eigenOpdracht()
                    .alleenAls(k -> k.soortIs(Maatregelsoort.BEVEL), "maatregel.stap.niet-voor-soort")
                    .stap(UITSPRAAK_VASTLEGGEN)
                    .vanaf(OPGELEGD)
                    .naar(AFGEROND)
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    .alleenAls(k -> k.soortIs(TUCHTKLACHT), "maatregel.stap.niet-voor-soort")
                    .stap(OPHEFFEN)
                    .vanaf(OPGELEGD, NAGELEEFD, NIET_NAGELEEFD)
                    .naar(OPGEHEVEN)
                    .door(ONDERTEKENAAR)
                    .alleenAls(
                            k -> k.soortIs(AANWIJZING)
                                    ? k.maatregel().status() != OPGELEGD
                                    : k.soortIs(Maatregelsoort.BEVEL, VERSCHERPT_TOEZICHT)
                                            && k.maatregel().status() == OPGELEGD,
                            "maatregel.stap.niet-voor-soort")
                    .effect(Klokeffect.stop(NALEVING, BEVEL))
                    .stap(BEZWAAR_ONTVANGEN)
                    .vanaf(NA_BESLUIT)
                    .blijft()
                    .door(OPSTELLER)
                    .eigenOpdracht()
                    .alleenAls(k -> k.soort().isBesluit(), "maatregel.bezwaar.geen-besluit")
                    .alleenAls(k -> k.maatregel().bezwaarOntvangenOp() == null, "maatregel.bezwaar.al-open")
                    .effect(Klokeffect.stop(BEZWAARTERMIJN).enStart(BESLISSING_OP_BEZWAAR))
                    .stap(BEZWAAR_GEGROND)
                    .vanaf(NA_BESLUIT)
                    .naar(HERROEPEN)
                    .door(ONDERTEKENAAR)
                    .alleenAls(k -> k.maatregel().bezwaarOntvangenOp() != null, "maatregel.bezwaar.geen-open")
                    .effect(Klokeffect.alles())
                    .stap(BEZWAAR_ONGEGROND)
                    .vanaf(NA_BESLUIT)
                    .blijft()
                    .door(ONDERTEKENAAR)
                    .alleenAls(k -> k.maatregel().bezwaarOntvangenOp() != null, "maatregel.bezwaar.geen-open")
                    .effect(Klokeffect.stop(BESLISSING_OP_BEZWAAR))
                    .stap(INTREKKEN)
                    .vanaf(CONCEPT, VOORNEMEN)
                    .naar(INGETROKKEN)
                    .door(OPSTELLER)
                    .effect(Klokeffect.alles())
                    .bouw();

    /** The decision is made known: the view is over, the fine's 13 weeks are met, the kind's own clocks start. */
    private static @Nullable Klokeffect naBesluit(Toets k) {
        List<String> start = new ArrayList<>();
        if (k.soort().isBesluit()) {
            start.add(BEZWAARTERMIJN);
        }
        switch (k.soort()) {
            case AANWIJZING -> start.add(NALEVING);
            case LAST_ONDER_DWANGSOM -> start.add(BEGUNSTIGING);
            case BEVEL -> start.add(BEVEL);
            default -> {}
        }
        return new Klokeffect(List.of(ZIENSWIJZE, BOETEBESLUIT), List.copyOf(start), false);
    }

    private Maatregelstroom() {}
}
