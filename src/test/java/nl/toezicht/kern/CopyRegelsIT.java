package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/** What the bulk writers stream reads back from PostgreSQL exactly as it was given. */
@IntegratieTest
class CopyRegelsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void textsWithTabsLineBreaksBackslashesAndQuotesComeBackUnchanged() throws Exception {
        String lastig = "tab\there, slash\\ and \\N, line\nend\r, \"quoted\"";
        UUID id = UUID.randomUUID();
        Instant moment = Instant.parse("2026-03-01T10:00:00.123Z");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temporary table regels (t text, leeg text, id uuid, op timestamptz, dag date,"
                    + " lijst text[], n bigint, ja boolean) on commit drop");
            CopyRegels regels = new CopyRegels("regels (t, leeg, id, op, dag, lijst, n, ja)");
            regels.tekst(lastig)
                    .tekst(null)
                    .id(id)
                    .moment(moment)
                    .datum(LocalDate.of(2026, 3, 1))
                    .lijst(List.of("Val \"incident\"", "a\\b", "met, komma"))
                    .getal(42)
                    .waarOfNiet(true)
                    .eindeRegel();
            assertThat(regels.schrijf(c.unwrap(PGConnection.class).getCopyAPI()))
                    .isEqualTo(1);
            try (ResultSet rs = s.executeQuery("select t, leeg, id, op, dag, lijst, n, ja from regels")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(lastig);
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getObject(3, UUID.class)).isEqualTo(id);
                assertThat(rs.getTimestamp(4).toInstant()).isEqualTo(moment);
                assertThat(rs.getObject(5, LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
                assertThat((String[]) rs.getArray(6).getArray())
                        .containsExactly("Val \"incident\"", "a\\b", "met, komma");
                assertThat(rs.getLong(7)).isEqualTo(42);
                assertThat(rs.getBoolean(8)).isTrue();
            }
            c.rollback();
        }
    }
}
