package nl.toezicht.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.handhaving.Aanleiding;
import nl.toezicht.handhaving.Boeteberekening;
import nl.toezicht.handhaving.Dwangsomeenheid;
import nl.toezicht.handhaving.Maatregel;
import nl.toezicht.handhaving.Maatregelbrief;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.handhaving.Maatregelstapregel;
import nl.toezicht.handhaving.Maatregelstatus;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.KlokStand;
import org.jspecify.annotations.Nullable;

/** A measure as the API and the page show it: its facts, money, clocks, letters, timeline and the steps now open. */
public record Maatregelweergave(
        UUID id,
        String referentie,
        Maatregelsoort soort,
        Maatregelstatus status,
        Zorgsector afdeling,
        UUID zorgaanbieder,
        String zorgaanbiederNaam,
        @Nullable UUID locatie,
        @Nullable String beroepsbeoefenaar,
        Aanleiding aanleiding,
        @Nullable String aanleidingKenmerk,
        String wet,
        String artikel,
        String omschrijving,
        Geld geld,
        @Nullable LocalDate rapportdatum,
        @Nullable LocalDate voornemenOp,
        @Nullable LocalDate besluitOp,
        @Nullable LocalDate termijnTot,
        @Nullable LocalDate verjaartOp,
        @Nullable LocalDate bezwaarOntvangenOp,
        @Nullable LocalDate beeindigdOp,
        List<Klok> klokken,
        List<Maatregelbrief> brieven,
        List<Maatregelstapregel> tijdlijn,
        List<Maatregelstap> mogelijk,
        @Nullable Boeteberekening boeteberekening,
        boolean geimporteerd) {

    /** Exact amounts in euro (two decimals). */
    public record Geld(
            @Nullable BigDecimal bedrag,
            @Nullable Dwangsomeenheid eenheid,
            @Nullable BigDecimal maximum,
            BigDecimal opgelegd,
            BigDecimal verbeurd,
            BigDecimal gefactureerd,
            BigDecimal betaald,
            BigDecimal afgeschreven,
            BigDecimal openstaand) {}

    public record Klok(String soort, String status, LocalDate startdatum, LocalDate uiterlijk, boolean teLaat) {}

    static Maatregelweergave van(
            Maatregel m,
            String naam,
            List<KlokStand> klokken,
            List<Maatregelbrief> brieven,
            List<Maatregelstapregel> tijdlijn,
            List<Maatregelstap> mogelijk,
            @Nullable Boeteberekening boeteberekening) {
        return new Maatregelweergave(
                m.id(),
                m.referentie(),
                m.soort(),
                m.status(),
                m.afdeling(),
                m.zorgaanbiederId(),
                naam,
                m.locatieId(),
                m.beroepsbeoefenaar(),
                m.inhoud().aanleiding(),
                m.inhoud().aanleidingKenmerk(),
                m.inhoud().wet(),
                m.inhoud().artikel(),
                m.inhoud().omschrijving(),
                new Geld(
                        m.geld().bedrag(),
                        m.geld().eenheid(),
                        m.geld().maximum(),
                        m.opgelegd(),
                        m.verbeurd(),
                        m.gefactureerd(),
                        m.betaald(),
                        m.afgeschreven(),
                        m.openstaand()),
                m.rapportdatum(),
                m.voornemenOp(),
                m.besluitOp(),
                m.termijnTot(),
                m.verjaartOp(),
                m.bezwaarOntvangenOp(),
                m.beeindigdOp(),
                klokken.stream()
                        .map(k -> new Klok(k.soort(), k.status().name(), k.startdatum(), k.uiterlijk(), k.teLaat()))
                        .toList(),
                brieven,
                tijdlijn,
                mogelijk,
                boeteberekening,
                m.geimporteerd());
    }
}
