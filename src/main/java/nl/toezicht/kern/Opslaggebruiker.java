package nl.toezicht.kern;

import java.util.function.Consumer;

/**
 * A module whose rows name contents in the {@link Bestandsopslag} (SPI): the attachments of notifications,
 * the versions of documents. The command {@code bijlagen-migreer} ({@link OpslagMigratie}) copies the
 * contents of every such module from the directory to the object store, checked against the checksums the
 * rows keep.
 */
public interface Opslaggebruiker {

    /** What the rows are, for the command's report ({@code bijlage}, {@code documentversie}). */
    String soort();

    /** Hands every stored content of the module to {@code elk}, in key order. */
    void elk(Consumer<Opgeslagen> elk);

    /**
     * Hands each row of {@code sql} to {@code elk}, streamed: the query names the columns {@code id},
     * {@code opslag_sleutel}, {@code sha256} and {@code grootte}. What most modules' {@link #elk} is.
     */
    static void elk(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, Consumer<Opgeslagen> elk) {
        try (java.util.stream.Stream<Opgeslagen> rijen = jdbc
                .sql(sql)
                .query((rs, i) -> new Opgeslagen(
                        rs.getString("id"),
                        rs.getString("opslag_sleutel"),
                        rs.getString("sha256"),
                        rs.getLong("grootte")))
                .stream()) {
            rijen.forEach(elk);
        }
    }

    /** One stored content: the row's id (for the report), its key, and the checksum and size taken on receipt. */
    record Opgeslagen(String id, String sleutel, String sha256, long grootte) {}
}
