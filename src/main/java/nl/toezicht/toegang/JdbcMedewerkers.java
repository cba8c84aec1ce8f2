package nl.toezicht.toegang;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toezicht.kern.Stuurtekens;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class JdbcMedewerkers implements Medewerkers, UserDetailsService, UserDetailsPasswordService {

    private static final String KOLOMMEN =
            "gebruikersnaam, naam, rol, afdelingen, kvk_nummers, wachtwoord_hash, actief";
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcMedewerkers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Medewerker> vind(String gebruikersnaam) {
        return jdbc.sql("select " + KOLOMMEN + " from toegang.medewerker where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query(JdbcMedewerkers::medewerker)
                .optional();
    }

    @Override
    public Map<String, String> namen(Collection<String> gebruikersnamen) {
        Map<String, String> namen = new HashMap<>();
        if (gebruikersnamen.isEmpty()) {
            return namen;
        }
        jdbc.sql("select gebruikersnaam, naam from toegang.medewerker where gebruikersnaam = any(?)")
                .param(gebruikersnamen.toArray(String[]::new))
                .query((java.sql.ResultSet rs) -> {
                    namen.put(rs.getString("gebruikersnaam"), rs.getString("naam"));
                });
        return namen;
    }

    @Override
    public List<Medewerker> inspecteursVan(Zorgsector afdeling) {
        return jdbc.sql("select " + KOLOMMEN + " from toegang.medewerker "
                        + "where rol = 'INSPECTEUR' and actief and ? = any(afdelingen) order by naam")
                .param(afdeling.name())
                .query(JdbcMedewerkers::medewerker)
                .list();
    }

    @Override
    public Optional<String> emailadres(String gebruikersnaam) {
        return jdbc.sql(
                        "select email from toegang.medewerker where gebruikersnaam = ? and actief and email is not null")
                .param(gebruikersnaam)
                .query(String.class)
                .optional();
    }

    @Override
    public Medewerker huidige() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("niet ingelogd");
        }
        return vind(authentication.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("onbekende medewerker"));
    }

    /**
     * Local accounts only: an account of the identity provider (no password here) is as unknown to the
     * login form as a name that does not exist. A locked account (lock-out after failed logins) refuses
     * before its password is checked; the login page shows the same message for all three.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (Stuurtekens.bevat(username)) {
            // PostgreSQL would cut the name at U+0000 and find "intake" for "intake\0x": no such user
            throw new UsernameNotFoundException("onbekend");
        }
        return jdbc.sql("select " + KOLOMMEN + ", geblokkeerd_tot > ? as geblokkeerd from toegang.medewerker "
                        + "where gebruikersnaam = ? and wachtwoord_hash is not null")
                .params(OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), username)
                .query((rs, i) -> User.withUsername(rs.getString("gebruikersnaam"))
                        .password(rs.getString("wachtwoord_hash"))
                        .authorities(Rol.valueOf(rs.getString("rol")).authority())
                        .disabled(!rs.getBoolean("actief"))
                        .accountLocked(rs.getBoolean("geblokkeerd"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }

    /** Rehashes a password kept in an older scheme (bcrypt) with the current one, at a successful login. */
    @Override
    public UserDetails updatePassword(UserDetails user, String nieuweHash) {
        jdbc.sql(
                        "update toegang.medewerker set wachtwoord_hash = ? where gebruikersnaam = ? and wachtwoord_hash is not null")
                .params(nieuweHash, user.getUsername())
                .update();
        return User.withUserDetails(user).password(nieuweHash).build();
    }

    private static Medewerker medewerker(ResultSet rs, int rij) throws SQLException {
        return new Medewerker(
                rs.getString("gebruikersnaam"),
                rs.getString("naam"),
                Rol.valueOf(rs.getString("rol")),
                afdelingen(rs.getArray("afdelingen")),
                Set.of((String[]) rs.getArray("kvk_nummers").getArray()));
    }

    private static Set<Zorgsector> afdelingen(Array array) throws SQLException {
        String[] codes = (String[]) array.getArray();
        return codes.length == 0
                ? EnumSet.noneOf(Zorgsector.class)
                : Arrays.stream(codes)
                        .map(Zorgsector::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Zorgsector.class)));
    }
}
