package nl.toezicht.toegang;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rights of module toegang (need-to-know, break-the-glass, the privacy officer's work, administration)
 * and its doors: logging in, the privacy officer's pages, the administration area.
 */
@Component
public final class ToegangRechten implements Toegangsverklaring {

    /** Notifications and cases of every department; without it, only those of one's own departments. */
    public static final Recht ALLE_AFDELINGEN = Recht.van("toegang.alle-afdelingen");

    /** Opening a case outside one's departments by stating why (read only, for a limited time). */
    public static final Recht DOORBREKEN = Recht.van("toegang.doorbreken");

    /** Searching and exporting the access log, reviewing break-the-glass, verifying the chain. */
    public static final Recht TOEGANGSLOG_LEZEN = Recht.van("toegang.toegangslog-lezen");

    /** Answering a patient's right-of-access request (AVG art. 15). */
    public static final Recht INZAGEVERZOEKEN = Recht.van("toegang.inzageverzoeken");

    /** The administration area ({@code /beheer}): pages a module puts there are closed to others by default. */
    public static final Recht BEHEER = Recht.van("toegang.beheer");

    public static final Recht API_SLEUTELS_BEHEREN = Recht.van("toegang.api-sleutels-beheren");

    /** Staff accounts: list them, switch one off (its sessions end everywhere) or on again. */
    public static final Recht ACCOUNTS_BEHEREN = Recht.van("toegang.accounts-beheren");

    /** The role → rights table as the administrator reads it ({@code /beheer/rechten}). */
    public static final Recht RECHTEN_INZIEN = Recht.van("toegang.rechten-inzien");

    @Override
    public List<Padregel> padregels() {
        return List.of(
                Padregel.openbaar("/inloggen", "/inloggen/**"),
                Padregel.recht(INZAGEVERZOEKEN, "/privacy/inzage", "/privacy/inzage/**"),
                Padregel.recht(TOEGANGSLOG_LEZEN, "/privacy/**"),
                Padregel.recht(API_SLEUTELS_BEHEREN, "/beheer/api-sleutels", "/beheer/api-sleutels/**"),
                Padregel.recht(RECHTEN_INZIEN, "/beheer/rechten"),
                Padregel.recht(ACCOUNTS_BEHEREN, "/beheer/accounts", "/beheer/accounts/**"),
                Padregel.recht(BEHEER, "/beheer/**"));
    }

    @Override
    public List<Beheerpagina> beheerpaginas() {
        return List.of(
                new Beheerpagina("/beheer/accounts", ACCOUNTS_BEHEREN, "menu.accounts", "beheer.accounts.uitleg"),
                new Beheerpagina(
                        "/beheer/api-sleutels", API_SLEUTELS_BEHEREN, "menu.apisleutels", "beheer.apisleutels.uitleg"),
                new Beheerpagina("/beheer/rechten", RECHTEN_INZIEN, "menu.rechten", "beheer.rechten.uitleg"));
    }
}
