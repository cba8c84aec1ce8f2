package nl.toezicht.toegang;

import static nl.toezicht.Autorisatiematrix.IEDEREEN;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/** The rows of the authorisation matrix for module toegang: logging in, one's account, API keys, rights, the privacy officer's pages (docs/toegang.md, "The authorisation matrix"). */
class ToegangDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // logging in
        d.add(deur("GET /inloggen", Doel.GEEN).openbaar());

        // authentication (issue 4): one's own account; the second-factor steps belong to a waiting login
        d.add(deur("GET /account", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /start", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /account/wachtwoord", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("POST /account/wachtwoord", Doel.GEEN).mag(IEDEREEN).formulier(o -> Map.of()));
        // the code step exists only while a password login waits for it: otherwise back to the login page
        d.add(deur("GET /inloggen/code", Doel.GEEN).iedereen(302));
        d.add(deur("POST /inloggen/code", Doel.GEEN).iedereen(302).formulier(o -> Map.of("code", "000000")));
        // setting up TOTP: a waiting login or a logged-in local account
        d.add(deur("GET /inloggen/tweede-factor", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("POST /inloggen/tweede-factor", Doel.GEEN).mag(IEDEREEN).formulier(o -> Map.of("code", "000000")));
        d.add(deur("GET /inloggen/tweede-factor/qr.png", Doel.GEEN).openbaar());
        d.add(deur("GET /beheer/api-sleutels", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /beheer/api-sleutels", Doel.GEEN).mag(BEHEERDER).formulier(o -> Map.of()));
        d.add(deur("POST /beheer/api-sleutels/{id}/intrekken", Doel.VAST).mag(BEHEERDER));
        // the confirmation first; a key nobody has is not found
        d.add(deur("GET /beheer/api-sleutels/{id}/intrekken", Doel.VAST)
                .mag(BEHEERDER)
                .status(BEHEERDER, 404));
        // the index of the administration area
        d.add(deur("GET /beheer", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("GET /beheer/rechten", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("GET /beheer/accounts", Doel.GEEN).mag(BEHEERDER));
        // the administrator passes the door; the account nobody has is then not found
        d.add(deur("POST /beheer/accounts/{gebruikersnaam}/uitschakelen", Doel.VAST)
                .mag(BEHEERDER)
                .status(BEHEERDER, 404));
        d.add(deur("POST /beheer/accounts/{gebruikersnaam}/inschakelen", Doel.VAST)
                .mag(BEHEERDER)
                .status(BEHEERDER, 404));

        // the privacy officer: the access log, break-the-glass review, chain check, right of access
        d.add(deur("GET /privacy", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/toegangslog", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/toegangslog", Doel.GEEN)
                .mag(PRIVACYFUNCTIONARIS)
                .formulier(o -> Map.of()));
        d.add(deur("GET /privacy/toegangslog/export.csv", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/doorbrekingen", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        // recording the verdict on one; entry 0 is no break-the-glass, so the officer is sent back with why
        d.add(deur("POST /privacy/doorbrekingen/{volgnummer}/beoordeling", Doel.VAST)
                .mag(PRIVACYFUNCTIONARIS)
                .formulier(o -> Map.of("oordeel", "GERECHTVAARDIGD")));
        d.add(deur("GET /privacy/keten", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/keten", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /privacy/inzage", Doel.GEEN).mag(PRIVACYFUNCTIONARIS));
        d.add(deur("POST /privacy/inzage", Doel.GEEN).mag(PRIVACYFUNCTIONARIS).formulier(o -> Map.of()));
        d.add(deur("POST /privacy/inzage/export", Doel.GEEN)
                .mag(PRIVACYFUNCTIONARIS)
                .formulier(o -> Map.of("patient", "111222333")));
    }
}
