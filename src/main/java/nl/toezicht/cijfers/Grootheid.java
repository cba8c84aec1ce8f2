package nl.toezicht.cijfers;

/**
 * A measure that a table shows in a cell, e.g. "received notifications" or "of which calamity". Open
 * (a record, not an enum) so that later capabilities add their own measures with their own
 * {@link Telbron}; the same measure in two tables must show the same figure (a consistency check).
 *
 * @param code stable identifier, used in exports and frozen sets
 * @param naam Dutch name as shown in column headers
 */
public record Grootheid(String code, String naam) {

    public static final Grootheid ONTVANGEN = new Grootheid("ONTVANGEN", "Ontvangen meldingen");
    public static final Grootheid ONTVANGEN_CALAMITEIT =
            new Grootheid("ONTVANGEN_CALAMITEIT", "Ontvangen, waarvan calamiteit");
    public static final Grootheid ONTVANGEN_ONTSLAG =
            new Grootheid("ONTVANGEN_ONTSLAG", "Ontvangen, waarvan ontslag wegens disfunctioneren");
    public static final Grootheid GESLOTEN = new Grootheid("GESLOTEN", "Afgesloten meldingen");
    public static final Grootheid GESLOTEN_CALAMITEIT =
            new Grootheid("GESLOTEN_CALAMITEIT", "Afgesloten, waarvan calamiteit");
    public static final Grootheid GESLOTEN_ONTSLAG =
            new Grootheid("GESLOTEN_ONTSLAG", "Afgesloten, waarvan ontslag wegens disfunctioneren");
    public static final Grootheid OVERLEDEN = new Grootheid("OVERLEDEN", "Meldingen over overlijden");
    public static final Grootheid SUICIDE = new Grootheid("SUICIDE", "Overlijden, waarvan suïcide");
    public static final Grootheid SUICIDEPOGING = new Grootheid("SUICIDEPOGING", "Suïcidepogingen");
    public static final Grootheid SUICIDE_GESLOTEN_INSTELLING =
            new Grootheid("SUICIDE_GESLOTEN_INSTELLING", "Suïcides in een gesloten jeugdhulpinstelling");
    public static final Grootheid SGG = new Grootheid("SGG", "Seksueel grensoverschrijdend gedrag");
    public static final Grootheid SGG_PROFESSIONAL =
            new Grootheid("SGG_PROFESSIONAL", "SGG, waarvan met hulpverlener betrokken");
    public static final Grootheid SGG_TUSSEN_CLIENTEN =
            new Grootheid("SGG_TUSSEN_CLIENTEN", "SGG, waarvan binnen de relatie patiënt-patiënt");
    public static final Grootheid SGG_OVERIG = new Grootheid("SGG_OVERIG", "SGG, overige");
    public static final Grootheid PER_TELEFOON = new Grootheid("PER_TELEFOON", "Meldingen ontvangen per telefoon");
    public static final Grootheid PER_EMAIL = new Grootheid("PER_EMAIL", "Meldingen ontvangen per e-mail");
    /** Received before the period and not closed at its start: the stock for "closed ≤ received + open". */
    public static final Grootheid OPEN_BIJ_BEGIN = new Grootheid("OPEN_BIJ_BEGIN", "Open bij begin van de periode");
    // held outside Toezicht (telephony, mail system, complaints administration): shown as such
    public static final Grootheid TELEFOONGESPREKKEN =
            new Grootheid("TELEFOONGESPREKKEN", "Ontvangen telefoongesprekken Frontoffice");
    public static final Grootheid EMAILS = new Grootheid("EMAILS", "Verwerkte e-mails Meldpunt");
    public static final Grootheid KLACHTEN_OVER_INSPECTIE =
            new Grootheid("KLACHTEN_OVER_INSPECTIE", "Klachten over de inspectie");
    public static final Grootheid PUBLICATIES =
            new Grootheid("PUBLICATIES", "Geaggregeerde rapporten en overige publicaties");
    public static final Grootheid NIEUWSBERICHTEN = new Grootheid("NIEUWSBERICHTEN", "Uitgebrachte nieuwsberichten");
    public static final Grootheid PERSVRAGEN = new Grootheid("PERSVRAGEN", "Beantwoorde persvragen");
    public static final Grootheid KAMERVRAGEN = new Grootheid("KAMERVRAGEN", "Beantwoorde Kamervragen");

    // supervision activities and their reports ("Realisatie productie"), counted by module inspecties
    public static final Grootheid BEZOEKEN = new Grootheid("BEZOEKEN", "Externe bezoeken");
    public static final Grootheid BEZOEKEN_AANGEKONDIGD =
            new Grootheid("BEZOEKEN_AANGEKONDIGD", "Externe bezoeken, aangekondigd");
    public static final Grootheid BEZOEKEN_ONAANGEKONDIGD =
            new Grootheid("BEZOEKEN_ONAANGEKONDIGD", "Externe bezoeken, onaangekondigd");
    public static final Grootheid BEZOEKEN_DEELS_ONAANGEKONDIGD =
            new Grootheid("BEZOEKEN_DEELS_ONAANGEKONDIGD", "Externe bezoeken, met onaangekondigde elementen");
    public static final Grootheid BUREAUONDERZOEKEN = new Grootheid("BUREAUONDERZOEKEN", "Bureauonderzoeken");
    public static final Grootheid OORDEELSGESPREKKEN =
            new Grootheid("OORDEELSGESPREKKEN", "Oordeelsvormende gesprekken op kantoor");
    public static final Grootheid BESTUURLIJKE_GESPREKKEN =
            new Grootheid("BESTUURLIJKE_GESPREKKEN", "Bestuurlijke gesprekken");
    public static final Grootheid GESPREKKEN_ONDERTOEZICHTSTAANDE =
            new Grootheid("GESPREKKEN_ONDERTOEZICHTSTAANDE", "Gesprekken met de ondertoezichtstaande organisatie");
    public static final Grootheid GESPREKKEN_BURGERS = new Grootheid("GESPREKKEN_BURGERS", "Gesprekken met burgers");
    public static final Grootheid GESPREKKEN_BETROKKENEN =
            new Grootheid("GESPREKKEN_BETROKKENEN", "Gesprekken met overige betrokkenen");
    public static final Grootheid DIGITALE_TOEZICHTGESPREKKEN =
            new Grootheid("DIGITALE_TOEZICHTGESPREKKEN", "Digitale toezichtgesprekken");
    public static final Grootheid RAPPORTEN = new Grootheid("RAPPORTEN", "Geschreven rapporten");

    // "toezicht met effect": activities whose intended effect was judged, by outcome (module inspecties)
    public static final Grootheid EFFECT_BEOORDEELD =
            new Grootheid("EFFECT_BEOORDEELD", "Toezichtactiviteiten met beoordeeld effect");
    public static final Grootheid EFFECT_BEREIKT = new Grootheid("EFFECT_BEREIKT", "Beoogd effect bereikt");
    public static final Grootheid EFFECT_DEELS_BEREIKT =
            new Grootheid("EFFECT_DEELS_BEREIKT", "Beoogd effect deels bereikt");
    public static final Grootheid EFFECT_NIET_BEREIKT =
            new Grootheid("EFFECT_NIET_BEREIKT", "Beoogd effect niet bereikt");
}
