package nl.toezicht.inspecties.web;

import nl.toezicht.inspecties.Effectuitkomst;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Toezichteffecten;
import org.jspecify.annotations.Nullable;

/**
 * What the effect fragment on the activity's page shows: the recorded effect, and which form the user gets.
 *
 * @param magBeogen the team at the activity's start: record or change the intended effect
 * @param magBeoordelen the team once it was carried out, with an intended effect: judge the outcome
 */
record Effectweergave(
        Toezichteffecten.@Nullable Effect effect,
        boolean magBeogen,
        boolean magBeoordelen,
        boolean geannuleerd,
        Effectuitkomst[] uitkomsten) {

    static Effectweergave van(Toezichtactiviteit activiteit, Toezichteffecten.@Nullable Effect effect, boolean team) {
        return new Effectweergave(
                effect,
                team && Toezichteffecten.isBijDeStart(activiteit),
                team && effect != null && Toezichteffecten.isUitgevoerd(activiteit),
                !Toezichteffecten.isBijDeStart(activiteit) && !Toezichteffecten.isUitgevoerd(activiteit),
                Effectuitkomst.values());
    }
}
