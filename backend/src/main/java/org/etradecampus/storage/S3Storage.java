package org.etradecampus.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.net.URI;
import java.util.Optional;

/**
 * Files in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Garage, a cloud's object storage),
 * chosen with {@code CAMPUS_FILES_STORAGE=s3}: every instance reads and writes the same bucket,
 * so nothing has to be mounted on all of them. Objects are private; downloads go through the
 * platform, which checks who may read them.
 */
@Singleton
@Requires(property = "campus.files-storage", value = "s3")
class S3Storage implements FileStorage {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Storage(@Value("${campus.s3.endpoint:}") String endpoint,
              @Value("${campus.s3.region}") String region,
              @Value("${campus.s3.bucket:}") String bucket,
              @Value("${campus.s3.access-key:}") String accessKey,
              @Value("${campus.s3.secret-key:}") String secretKey,
              @Value("${campus.s3.path-style}") boolean pathStyle,
              @Value("${campus.s3.prefix:}") String prefix) {
        if (bucket.isBlank()) {
            throw new ConfigurationException("CAMPUS_FILES_STORAGE=s3 needs CAMPUS_S3_BUCKET");
        }
        this.bucket = bucket;
        this.prefix = prefix;
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .credentialsProvider(credentials(accessKey, secretKey))
                .forcePathStyle(pathStyle)
                // Checksums only where S3 demands them: the SDK's default trailing checksums (since 2.30)
                // are refused by many S3-compatible servers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
    }

    /** Keys given here, or else the SDK's usual chain (AWS_* variables, profile, instance role). */
    private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
        if (accessKey.isBlank() != secretKey.isBlank()) {
            throw new ConfigurationException("Set both CAMPUS_S3_ACCESS_KEY and CAMPUS_S3_SECRET_KEY, or neither");
        }
        return accessKey.isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    @Override
    public void put(String key, byte[] bytes) {
        s3.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(objectKey(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    private String objectKey(String key) {
        return prefix + StorageKeys.checked(key);
    }
}
