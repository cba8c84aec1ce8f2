package nl.toezicht.kern;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where file contents are kept ({@code toezicht.bijlagen.*}, the name from when only attachments of
 * notifications were kept): attachments and document versions alike. Each is stored under a
 * server-generated key, never under the name the file came with.
 *
 * @param opslag {@code map} (files in a directory, the embedded default) or {@code s3} (an S3-compatible
 *     object store, for several instances)
 * @param map the directory of the files; also where {@code bijlagen-migreer} reads them from
 * @param s3 the object store, when {@code opslag} is {@code s3}
 */
@ConfigurationProperties("toezicht.bijlagen")
public record OpslagProperties(
        @DefaultValue("map") Soort opslag,
        @DefaultValue("./data/bijlagen") Path map,
        @DefaultValue S3 s3) {

    public enum Soort {
        MAP,
        S3
    }

    /**
     * @param bucket the bucket, made beforehand by the operator
     * @param endpoint the store's address (MinIO, Ceph); none for AWS itself
     * @param regio the region the client signs for
     * @param padStijl path-style addresses ({@code host/bucket/key}), which MinIO and Ceph usually need
     * @param prefix put before every object name (e.g. {@code bijlagen/})
     * @param toegangssleutel access key id; with {@code geheimeSleutel}, else the AWS SDK's default chain
     *     (environment {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile, instance role)
     * @param geheimeSleutel secret access key, from the environment only
     */
    public record S3(
            @Nullable String bucket,
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") String regio,
            @DefaultValue("false") boolean padStijl,
            @DefaultValue("") String prefix,
            @Nullable String toegangssleutel,
            @Nullable String geheimeSleutel) {}
}
