package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Contents in an S3-compatible object store (MinIO, Ceph, a cloud store) through the AWS SDK for Java
 * v2. Each object is sent with its SHA-256, which the store checks before it answers: a put that
 * returns has stored exactly the inspected bytes, durably (the store's promise for a completed put), so
 * the database may commit. Objects are named by the same random key as files in a directory, under an
 * optional prefix. See docs/decisions/0027.
 */
class S3Opslag implements Bestandsopslag, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3Opslag.class);
    private static final String OCTET_STREAM = "application/octet-stream";

    private final SecureRandom random = new SecureRandom();
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Opslag(OpslagProperties.S3 instellingen) {
        if (instellingen.bucket() == null || instellingen.bucket().isBlank()) {
            throw new IllegalStateException("toezicht.bijlagen.opslag=s3 needs toezicht.bijlagen.s3.bucket");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(instellingen.regio()))
                .forcePathStyle(instellingen.padStijl())
                .credentialsProvider(sleutels(instellingen));
        if (instellingen.endpoint() != null) {
            builder.endpointOverride(instellingen.endpoint());
        }
        this.s3 = builder.build();
        this.bucket = instellingen.bucket();
        this.prefix = instellingen.prefix();
    }

    @Override
    public String bewaar(Upload inhoud, String sha256) {
        String sleutel = Bestandsopslag.nieuweSleutel(random);
        zet(sleutel, inhoud, sha256);
        verwijderBijRollback(sleutel);
        return sleutel;
    }

    /** Stores the content under a known key (the migration of a directory), checked against its SHA-256. */
    void zet(String sleutel, Upload inhoud, String sha256) {
        String verwacht = base64(sha256);
        PutObjectResponse antwoord = s3.putObject(
                put -> put.bucket(bucket)
                        .key(object(sleutel))
                        .contentLength(inhoud.grootte())
                        .contentType(OCTET_STREAM)
                        .checksumSHA256(verwacht),
                RequestBody.fromContentProvider(
                        () -> {
                            try {
                                return inhoud.open();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        inhoud.grootte(),
                        OCTET_STREAM));
        if (antwoord.checksumSHA256() != null && !antwoord.checksumSHA256().equals(verwacht)) {
            verwijder(sleutel);
            throw new IllegalStateException("object store kept other bytes than were sent");
        }
    }

    @Override
    public InputStream open(String sleutel) throws IOException {
        try {
            return s3.getObject(get -> get.bucket(bucket).key(object(sleutel)));
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException("no object for this key");
        } catch (SdkException e) {
            throw new IOException("object store: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The SHA-256 (hex) and size the store keeps for the key, if it has an object there. */
    Optional<Opgeslagen> opgeslagen(String sleutel) {
        try {
            HeadObjectResponse kop = s3.headObject(
                    head -> head.bucket(bucket).key(object(sleutel)).checksumMode(ChecksumMode.ENABLED));
            String sha256 = kop.checksumSHA256() == null
                    ? null
                    : HexFormat.of().formatHex(Base64.getDecoder().decode(kop.checksumSHA256()));
            return Optional.of(new Opgeslagen(sha256, kop.contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    record Opgeslagen(@Nullable String sha256, long grootte) {}

    @Override
    public void verwijder(String sleutel) {
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(object(sleutel)));
        } catch (SdkException e) {
            log.warn("could not delete stored object: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String object(String sleutel) {
        return prefix + Bestandsopslag.gecontroleerd(sleutel);
    }

    private static String base64(String sha256Hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    /** Keys from configuration (the environment) when given, else the SDK's chain (environment, profile, role). */
    private static AwsCredentialsProvider sleutels(OpslagProperties.S3 instellingen) {
        if (instellingen.toegangssleutel() != null && instellingen.geheimeSleutel() != null) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(instellingen.toegangssleutel(), instellingen.geheimeSleutel()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
