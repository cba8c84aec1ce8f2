package nl.toezicht.toegang.aanmelden;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's work on accounts (docs/toegang.md, "Account administration"): who can log in, creating a
 * local account with a password its owner must change at the first login, changing name, e-mail, role and
 * departments, switching an account off (someone left, a password or phone was stolen) or on again, lifting a
 * lock-out, resetting the second factor or the password. Switching off refuses every further login, local or
 * through the identity provider, and ends the account's open sessions on every instance.
 *
 * <p>Every command needs {@link ToegangRechten#ACCOUNTS_BEHEREN} and writes the access log (object kind
 * {@code MEDEWERKER}, with what changed as the entry's purpose); an unknown account is a 404, logged as denied.
 * Accounts of the identity provider (herkomst {@code OIDC}) get name, e-mail, role and departments from it at
 * every login: those are not changed here (the provider would overwrite them), and they have no password or
 * second factor here. There is always an active administrator: the last one cannot be switched off or given
 * another role.
 */
@Service
public class Accounts {

    public static final String LOKAAL = "LOKAAL";
    public static final String OIDC = "OIDC";
    static final int NAAM_MAXIMUM = 200;

    /** One account as the administrator sees it. */
    public record Account(
            String gebruikersnaam,
            String naam,
            @Nullable String email,
            Rol rol,
            Set<Zorgsector> afdelingen,
            Set<String> kvkNummers,
            String herkomst,
            boolean actief,
            boolean geblokkeerd,
            boolean tweedeFactor,
            boolean wachtwoordWijzigen,
            @Nullable Instant laatstIngelogd,
            int sessies) {

        public boolean isOidc() {
            return OIDC.equals(herkomst);
        }
    }

    /** What the administrator fills in for an account; the identity provider's accounts take it from there. */
    public record Gegevens(
            String naam, @Nullable String email, @Nullable Rol rol, Set<String> afdelingen, Set<String> kvkNummers) {

        public Gegevens {
            afdelingen = Set.copyOf(afdelingen);
            kvkNummers = Set.copyOf(kvkNummers);
        }
    }

    /** Every field refusal of one form at once, in the order of the form; itself the first of them. */
    public static final class Ongeldig extends Weigering {

        private final List<Weigering> fouten;

        Ongeldig(List<Weigering> fouten) {
            super(fouten.get(0).berichtSleutel(), fouten.get(0).argumenten());
            this.fouten = List.copyOf(fouten);
        }

        public List<Weigering> fouten() {
            return fouten;
        }
    }

    private static final String KOLOMMEN = """
            m.gebruikersnaam, m.naam, m.email, m.rol, m.afdelingen, m.kvk_nummers, m.herkomst, m.actief,
            coalesce(m.geblokkeerd_tot > :nu, false) as geblokkeerd, m.totp_geheim is not null as tweede_factor,
            m.wachtwoord_wijzigen, m.laatst_ingelogd,
            (select count(*) from toegang.spring_session s
              where s.principal_name = m.gebruikersnaam and s.expiry_time > :millis) as sessies""";

    private final JdbcClient jdbc;
    private final Sessies sessies;
    private final Toegangsbeleid beleid;
    private final Toegangslog log;
    private final Wachtwoorden wachtwoorden;
    private final TweedeFactor tweedeFactor;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Accounts(
            JdbcClient jdbc,
            Sessies sessies,
            Toegangsbeleid beleid,
            Toegangslog log,
            Wachtwoorden wachtwoorden,
            TweedeFactor tweedeFactor,
            PasswordEncoder encoder,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.jdbc = jdbc;
        this.sessies = sessies;
        this.beleid = beleid;
        this.log = log;
        this.wachtwoorden = wachtwoorden;
        this.tweedeFactor = tweedeFactor;
        this.encoder = encoder;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /** Every account, by user name; the view is logged as a search. */
    public List<Account> lijst() {
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN, Handeling.ZOEKEN);
        List<Account> accounts = query(
                        "select " + KOLOMMEN + " from toegang.medewerker m order by m.gebruikersnaam", null)
                .list();
        log.toegestaan(Handeling.ZOEKEN);
        return accounts;
    }

    /** One account, for its page; logged as read. */
    public Account account(String gebruikersnaam) {
        return beleid.handel(
                Handeling.INZIEN,
                ToegangRechten.ACCOUNTS_BEHEREN,
                List.of(Logobject.medewerker(gebruikersnaam)),
                () -> vind(gebruikersnaam),
                null,
                a -> List.of(Logobject.medewerker(a.gebruikersnaam())));
    }

    /**
     * Creates a local account with a password the administrator chose and tells its owner out of band; the
     * owner must change it at the first login.
     *
     * @throws Weigering on the field concerned: a user name taken or not of the allowed form, no name, an
     *     e-mail address or department that is not one, a password the rules refuse
     */
    public Account maakAan(String gebruikersnaam, Gegevens gegevens, String wachtwoord) {
        Logobject object = Logobject.medewerker(gebruikersnaam);
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN, Handeling.AANMAKEN, object);
        List<Weigering> fouten = new java.util.ArrayList<>();
        if (!gebruikersnaam.matches("[a-z0-9._-]{2,64}")) {
            fouten.add(Weigering.opVeld("gebruikersnaam", "account.gebruikersnaam.ongeldig"));
        }
        Geldig geldig = controleer(gegevens, fouten);
        wachtwoorden.overtredingen(wachtwoord, gebruikersnaam).stream()
                .findFirst()
                .ifPresent(sleutel -> fouten.add(Weigering.opVeld("wachtwoord", sleutel)));
        weigerAls(fouten);
        transactie.executeWithoutResult(status -> {
            int toegevoegd = jdbc.sql("""
                            insert into toegang.medewerker (gebruikersnaam, naam, email, wachtwoord_hash, rol, afdelingen,
                                kvk_nummers, herkomst, wachtwoord_wijzigen)
                            values (?, ?, ?, ?, ?, ?::text[], ?::text[], 'LOKAAL', true)
                            on conflict (gebruikersnaam) do nothing""")
                    .params(
                            gebruikersnaam,
                            geldig.naam(),
                            geldig.email(),
                            encoder.encode(wachtwoord),
                            geldig.rol().name(),
                            array(geldig.afdelingen().stream().map(Enum::name).toList()),
                            array(geldig.kvkNummers()))
                    .update();
            if (toegevoegd == 0) {
                throw Weigering.opVeld("gebruikersnaam", "account.gebruikersnaam.bestaat", gebruikersnaam);
            }
            log.leg(Handeling.AANMAKEN, true, "aangemaakt als " + geldig.rol(), List.of(object));
        });
        return account(gebruikersnaam);
    }

    /**
     * Changes name, e-mail, role, departments and KvK numbers of a local account. A new role ends the account's
     * sessions (their login carries the old role); departments count from the next page on.
     *
     * @throws Weigering for an account of the identity provider, for the last administrator's role, or on a
     *     field as at {@link #maakAan}
     */
    public Account wijzig(String gebruikersnaam, Gegevens gegevens) {
        List<Weigering> fouten = new java.util.ArrayList<>();
        Geldig geldig = controleer(gegevens, fouten);
        weigerAls(fouten);
        Account voor = bewerk(gebruikersnaam, account -> {
            if (account.isOidc()) {
                throw new Weigering("account.oidc.door-idp");
            }
            if (account.rol() == Rol.BEHEERDER && geldig.rol() != Rol.BEHEERDER) {
                eisAndereBeheerder(account);
            }
            jdbc.sql("""
                            update toegang.medewerker set naam = ?, email = ?, rol = ?, afdelingen = ?::text[],
                                kvk_nummers = ?::text[] where gebruikersnaam = ?""")
                    .params(
                            geldig.naam(),
                            geldig.email(),
                            geldig.rol().name(),
                            array(geldig.afdelingen().stream().map(Enum::name).toList()),
                            array(geldig.kvkNummers()),
                            gebruikersnaam)
                    .update();
            return verschil(account, geldig);
        });
        if (voor.rol() != geldig.rol()) {
            sessies.beeindigAlle(gebruikersnaam);
        }
        return account(gebruikersnaam);
    }

    /**
     * Refuses further logins, then ends the account's sessions; returns how many sessions were ended. In
     * that order and each committed on its own: a login between the two is refused, so no session
     * outlives the switch.
     */
    public int schakelUit(String gebruikersnaam) {
        bewerk(gebruikersnaam, account -> {
            if (gebruikersnaam.equals(beleid.ik().gebruikersnaam())) {
                throw new Weigering("account.uitschakelen.zichzelf");
            }
            if (account.rol() == Rol.BEHEERDER && account.actief()) {
                eisAndereBeheerder(account);
            }
            zet(gebruikersnaam, false);
            return "uitgeschakeld";
        });
        return sessies.beeindigAlle(gebruikersnaam);
    }

    public void schakelIn(String gebruikersnaam) {
        bewerk(gebruikersnaam, account -> {
            zet(gebruikersnaam, true);
            return "ingeschakeld";
        });
    }

    /** Lifts a lock-out after failed logins (the owner called; the lock would otherwise end by itself). */
    public void ontgrendel(String gebruikersnaam) {
        bewerk(gebruikersnaam, account -> {
            jdbc.sql(
                            "update toegang.medewerker set mislukte_pogingen = 0, geblokkeerd_tot = null where gebruikersnaam = ?")
                    .param(gebruikersnaam)
                    .update();
            return "ontgrendeld";
        });
    }

    /** Removes a local account's second factor (a lost phone): the next login sets up a new one. */
    public void herstelTweedeFactor(String gebruikersnaam) {
        bewerk(gebruikersnaam, account -> {
            eisLokaal(account);
            tweedeFactor.verwijder(gebruikersnaam);
            return "tweede factor hersteld";
        });
    }

    /**
     * Gives a local account a new password (its owner forgot theirs), which must be changed at the next login;
     * lifts a lock-out and ends the account's sessions (whoever knew the old password is logged out).
     */
    public int stelWachtwoordIn(String gebruikersnaam, String wachtwoord) {
        bewerk(gebruikersnaam, account -> {
            eisLokaal(account);
            eisWachtwoord(wachtwoord, gebruikersnaam);
            jdbc.sql("""
                            update toegang.medewerker set wachtwoord_hash = ?, wachtwoord_wijzigen = true,
                                wachtwoord_gewijzigd = ?, mislukte_pogingen = 0, geblokkeerd_tot = null
                            where gebruikersnaam = ?""")
                    .params(encoder.encode(wachtwoord), Timestamp.from(clock.instant()), gebruikersnaam)
                    .update();
            return "wachtwoord opnieuw ingesteld";
        });
        return sessies.beeindigAlle(gebruikersnaam);
    }

    /**
     * Check the right, lock and load the account, change it, log what changed (as the entry's purpose): one
     * transaction. An unknown account is logged as denied and answers 404.
     */
    private Account bewerk(String gebruikersnaam, Function<Account, String> wijziging) {
        Logobject object = Logobject.medewerker(gebruikersnaam);
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN, Handeling.WIJZIGEN, object);
        return transactie.execute(status -> {
            Account account = query(
                            "select " + KOLOMMEN + " from toegang.medewerker m where m.gebruikersnaam = :naam"
                                    + " for update of m",
                            gebruikersnaam)
                    .optional()
                    .orElse(null);
            if (account == null) {
                log.geweigerd(Handeling.WIJZIGEN, object);
                throw new NietGevonden("object.medewerker", gebruikersnaam);
            }
            String wat = wijziging.apply(account);
            log.leg(Handeling.WIJZIGEN, true, wat, List.of(object));
            return account;
        });
    }

    /** Locks the active administrators and refuses when this one is the last. */
    private void eisAndereBeheerder(Account account) {
        List<String> beheerders = jdbc.sql(
                        "select gebruikersnaam from toegang.medewerker where rol = 'BEHEERDER' and actief for update")
                .query(String.class)
                .list();
        if (beheerders.stream().noneMatch(b -> !b.equals(account.gebruikersnaam()))) {
            throw new Weigering("account.laatste-beheerder");
        }
    }

    private static void eisLokaal(Account account) {
        if (account.isOidc()) {
            throw new Weigering("account.oidc.geen-wachtwoord");
        }
    }

    private void eisWachtwoord(String wachtwoord, String gebruikersnaam) {
        wachtwoorden.overtredingen(wachtwoord, gebruikersnaam).stream()
                .findFirst()
                .ifPresent(sleutel -> {
                    throw Weigering.opVeld("wachtwoord", sleutel);
                });
    }

    private record Geldig(
            String naam, @Nullable String email, Rol rol, Set<Zorgsector> afdelingen, Set<String> kvkNummers) {}

    private static void weigerAls(List<Weigering> fouten) {
        if (!fouten.isEmpty()) {
            throw new Ongeldig(fouten);
        }
    }

    /** The form's data checked field by field; the refusals go to {@code fouten} (then the result is unusable). */
    private static Geldig controleer(Gegevens gegevens, List<Weigering> fouten) {
        String naam = gegevens.naam().strip();
        if (naam.isEmpty()) {
            fouten.add(Weigering.opVeld("naam", "account.naam.verplicht"));
        } else if (naam.length() > NAAM_MAXIMUM) {
            fouten.add(Weigering.opVeld("naam", "account.naam.te-lang", NAAM_MAXIMUM));
        }
        String email = gegevens.email() == null || gegevens.email().isBlank()
                ? null
                : gegevens.email().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            fouten.add(Weigering.opVeld("email", "account.email.ongeldig"));
        }
        Rol rol = gegevens.rol();
        if (rol == null) {
            fouten.add(Weigering.opVeld("rol", "account.rol.verplicht"));
        }
        Set<Zorgsector> afdelingen = EnumSet.noneOf(Zorgsector.class);
        for (String code : gegevens.afdelingen()) {
            Arrays.stream(Zorgsector.values())
                    .filter(s -> s.name().equals(code.strip().toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresentOrElse(
                            afdelingen::add,
                            () -> fouten.add(Weigering.opVeld("afdelingen", "account.afdeling.onbekend", code)));
        }
        Set<String> kvk = new TreeSet<>();
        if (rol == Rol.ZORGAANBIEDER) {
            for (String nummer : gegevens.kvkNummers()) {
                if (nummer.strip().matches("[0-9]{8}")) {
                    kvk.add(nummer.strip());
                } else {
                    fouten.add(Weigering.opVeld("kvkNummers", "account.kvk.ongeldig", nummer));
                }
            }
            if (kvk.isEmpty() && gegevens.kvkNummers().isEmpty()) {
                fouten.add(Weigering.opVeld("kvkNummers", "account.kvk.verplicht"));
            }
        }
        return new Geldig(naam, email, rol == null ? Rol.INSPECTEUR : rol, afdelingen, kvk);
    }

    /** What changed, for the access log: field names and role codes, no names or addresses. */
    private static String verschil(Account voor, Geldig na) {
        List<String> delen = new java.util.ArrayList<>();
        if (!voor.naam().equals(na.naam())) {
            delen.add("naam");
        }
        if (!java.util.Objects.equals(voor.email(), na.email())) {
            delen.add("e-mail");
        }
        if (voor.rol() != na.rol()) {
            delen.add("rol " + voor.rol() + " -> " + na.rol());
        }
        if (!voor.afdelingen().equals(na.afdelingen())) {
            delen.add("afdelingen "
                    + na.afdelingen().stream().map(Enum::name).sorted().toList());
        }
        if (!voor.kvkNummers().equals(na.kvkNummers())) {
            delen.add("kvk-nummers");
        }
        return delen.isEmpty() ? "ongewijzigd" : "gewijzigd: " + String.join(", ", delen);
    }

    private void zet(String gebruikersnaam, boolean actief) {
        jdbc.sql("update toegang.medewerker set actief = ? where gebruikersnaam = ?")
                .params(actief, gebruikersnaam)
                .update();
    }

    private Optional<Account> vind(String gebruikersnaam) {
        return query("select " + KOLOMMEN + " from toegang.medewerker m where m.gebruikersnaam = :naam", gebruikersnaam)
                .optional();
    }

    /** The query with the clock's now (lock-out, live sessions) and, if given, the user name as {@code :naam}. */
    private JdbcClient.MappedQuerySpec<Account> query(String sql, @Nullable String gebruikersnaam) {
        long nu = clock.millis();
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("nu", OffsetDateTime.ofInstant(Instant.ofEpochMilli(nu), ZoneOffset.UTC))
                .param("millis", nu);
        if (gebruikersnaam != null) {
            spec = spec.param("naam", gebruikersnaam);
        }
        return spec.query(Accounts::account);
    }

    private static Account account(ResultSet rs, int rij) throws SQLException {
        Timestamp laatst = rs.getTimestamp("laatst_ingelogd");
        return new Account(
                rs.getString("gebruikersnaam"),
                rs.getString("naam"),
                rs.getString("email"),
                Rol.valueOf(rs.getString("rol")),
                afdelingen(rs.getArray("afdelingen")),
                Set.of((String[]) rs.getArray("kvk_nummers").getArray()),
                rs.getString("herkomst"),
                rs.getBoolean("actief"),
                rs.getBoolean("geblokkeerd"),
                rs.getBoolean("tweede_factor"),
                rs.getBoolean("wachtwoord_wijzigen"),
                laatst == null ? null : laatst.toInstant(),
                rs.getInt("sessies"));
    }

    private static Set<Zorgsector> afdelingen(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(Zorgsector::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Zorgsector.class)));
    }

    private static String array(java.util.Collection<String> waarden) {
        return "{" + String.join(",", waarden) + "}";
    }
}
