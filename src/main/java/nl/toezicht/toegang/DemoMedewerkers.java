package nl.toezicht.toegang;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for the embedded default and the tests (never in production: off unless
 * {@code toezicht.toegang.demo-accounts=true}). All share the password README names.
 */
@Component
@ConditionalOnProperty(name = "toezicht.toegang.demo-accounts", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoMedewerkers implements ApplicationRunner {

    static final String WACHTWOORD = "Toezicht-demo-2026";
    /** KvK number of the demo provider the demo care-provider user acts for. */
    public static final String DEMO_KVK_NUMMER = "90000001";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DemoMedewerkers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    static List<Medewerker> accounts() {
        List<Medewerker> accounts = new ArrayList<>();
        accounts.add(new Medewerker("intake", "Iris Jansen", Rol.INTAKE, EnumSet.noneOf(Zorgsector.class)));
        accounts.add(new Medewerker("beheerder", "Bram de Boer", Rol.BEHEERDER, EnumSet.noneOf(Zorgsector.class)));
        accounts.add(new Medewerker("jurist", "Julia Vermeulen", Rol.JURIST, EnumSet.allOf(Zorgsector.class)));
        accounts.add(new Medewerker("analist", "Ahmed Benali", Rol.ANALIST, EnumSet.noneOf(Zorgsector.class)));
        accounts.add(new Medewerker(
                "privacy", "Petra van Leeuwen", Rol.PRIVACYFUNCTIONARIS, EnumSet.noneOf(Zorgsector.class)));
        accounts.add(
                new Medewerker("kadereigenaar", "Karin Smeets", Rol.KADEREIGENAAR, EnumSet.noneOf(Zorgsector.class)));
        accounts.add(new Medewerker(
                "zorgaanbieder",
                "Zoë Meijer (Zorggroep Demo)",
                Rol.ZORGAANBIEDER,
                EnumSet.noneOf(Zorgsector.class),
                Set.of(DEMO_KVK_NUMMER)));
        accounts.add(new Medewerker(
                "inspecteur",
                "Ingrid de Vries",
                Rol.INSPECTEUR,
                EnumSet.of(Zorgsector.GGZ, Zorgsector.MEDISCH_SPECIALISTISCHE_ZORG, Zorgsector.JEUGD)));
        String[] namen = {
            "Jeroen Bakker", "Fatima El Amrani", "Gert Visser", "Mila Smit", "Vera Mulder", "Erik de Jong",
            "Aylin Yilmaz", "Hanna Bos", "Maarten Peters", "Noor Hendriks", "Pieter Kok", "Sanne Dijkstra"
        };
        Zorgsector[] sectoren = Zorgsector.values();
        for (int i = 0; i < sectoren.length; i++) {
            accounts.add(new Medewerker(
                    "inspecteur." + sectoren[i].name().toLowerCase().replace('_', '-'),
                    namen[i],
                    Rol.INSPECTEUR,
                    Set.of(sectoren[i])));
        }
        return accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        for (Medewerker m : accounts()) {
            boolean bestaat = jdbc.sql("select count(*) from toegang.medewerker where gebruikersnaam = ?")
                            .param(m.gebruikersnaam())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (bestaat) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(WACHTWOORD);
            }
            jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen, "
                            + "kvk_nummers) values (?, ?, ?, ?, ?::text[], ?::text[]) on conflict do nothing")
                    .params(
                            m.gebruikersnaam(),
                            m.naam(),
                            hash,
                            m.rol().name(),
                            "{"
                                    + String.join(
                                            ",",
                                            m.afdelingen().stream()
                                                    .map(Enum::name)
                                                    .toList()) + "}",
                            "{" + String.join(",", m.kvkNummers()) + "}")
                    .update();
        }
    }
}
