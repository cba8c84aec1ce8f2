package nl.toezicht.kern;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The token buckets of the rate limits, in PostgreSQL ({@code public.snelheidslimiet_emmer}) through
 * Bucket4j, so that every instance draws from the same bucket: n instances allow what one allows (see
 * docs/decisions/0026). Taking a token is one short transaction of its own (select for update, update),
 * on a connection of the application's pool. A bucket nobody touched is forgotten a minute after it
 * would be full again ({@link SnelheidslimietOpruimen}).
 */
@Component
public class Emmers {

    static final String TABEL = "public.snelheidslimiet_emmer";
    private static final Duration MARGE = Duration.ofMinutes(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    Emmers(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABEL)
                .idColumn("sleutel")
                .stateColumn("toestand")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(MARGE))
                .build();
    }

    /**
     * Takes one token from the bucket under this key, made with the given limit when it does not exist
     * yet. The key must name the limit too: a bucket keeps the limit it was made with.
     */
    ConsumptionProbe neem(String sleutel, SnelheidslimietProperties.Limiet limiet) {
        return buckets.builder()
                .build(
                        sleutel,
                        () -> BucketConfiguration.builder()
                                .addLimit(l -> l.capacity(limiet.aantal()).refillGreedy(limiet.aantal(), limiet.per()))
                                .build())
                .tryConsumeAndReturnRemaining(1);
    }

    /** Forgets up to {@code hoeveel} buckets that are full again; returns how many. */
    int vergeetVolle(int hoeveel) {
        return buckets.removeExpired(hoeveel);
    }
}
