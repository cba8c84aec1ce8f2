/**
 * Demo data: fills an empty database with a believable country (care providers, a year of notifications
 * and their cases) for the embedded default and, at any size, for the benchmark. Writes through the owners'
 * bulk writers (register, meldingen, zaken; decision 0030), reads the staff through toegang, takes the
 * working days from termijnen and each step of a case from the case flow of zaken, so that a generated history
 * is one the flow allows; past enforcement measures go through handhaving's bulk writer, past supervision activities through
 * inspecties'.
 */
@ApplicationModule(
        allowedDependencies = {
            "kern",
            "termijnen",
            "toegang",
            "register",
            "meldingen",
            "zaken",
            "handhaving",
            "inspecties"
        })
@NullMarked
package nl.toezicht.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
