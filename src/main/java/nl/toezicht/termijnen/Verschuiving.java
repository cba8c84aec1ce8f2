package nl.toezicht.termijnen;

/** Whether a deadline that ends on a day off moves to the next day that is not (decision 0035). */
public enum Verschuiving {
    /** The deadline is the computed date, whatever day it is (weeks of the Wkkgz, calendar days of the MDR). */
    GEEN,
    /**
     * Algemene termijnenwet art. 1 and 2 for statutory periods: a period ending on a Saturday, Sunday, public
     * holiday (art. 3 lid 1), Good Friday (art. 3 lid 2) or a day declared equal to one (art. 3 lid 3) ends on
     * the next day that is none of these; a period of at least three days holds at least two such days.
     */
    ALGEMENE_TERMIJNENWET
}
