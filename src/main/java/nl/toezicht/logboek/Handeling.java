package nl.toezicht.logboek;

/** What someone did with personal data, as NEN 7513 names the kinds of access. */
public enum Handeling {
    AANMAKEN,
    INZIEN,
    WIJZIGEN,
    VERWIJDEREN,
    ZOEKEN,
    EXPORTEREN,
    AFDRUKKEN,
    SAMENVOEGEN,
    SPLITSEN,
    /** Break-the-glass: access outside one's own department, with a stated reason. */
    DOORBREKEN,
    IMPORTEREN
}
