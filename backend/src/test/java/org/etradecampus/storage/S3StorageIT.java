package org.etradecampus.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.course.LessonDto;
import org.etradecampus.course.LessonRequest;
import org.etradecampus.course.ModuleDto;
import org.etradecampus.course.ModuleRequest;
import org.etradecampus.course.ResourceDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * With {@code CAMPUS_FILES_STORAGE=s3}, lesson files live in the bucket of a real S3 server (S3Proxy
 * on an in-memory blobstore, speaking the S3 protocol with signed requests), so a second instance
 * with no shared disk serves what the first stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageIT implements TestPropertyProvider {

    static final String BUCKET = "campus-files";
    static final String ACCESS_KEY = "campus-test-access";
    static final String SECRET_KEY = "campus-test-secret-key";

    BlobStoreContext blobs;
    S3Proxy s3;
    Path localFiles;

    @Inject
    Api api;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @Override
    public Map<String, String> getProperties() {
        try {
            blobs = ContextBuilder.newBuilder("transient").credentials("local", "local").build(BlobStoreContext.class);
            blobs.getBlobStore().createContainerInLocation(null, BUCKET);
            s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            s3.start();
            while (!"STARTED".equals(s3.getState())) {
                Thread.sleep(10);
            }
            localFiles = Files.createTempDirectory("campus-files-unused");
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return storageProperties();
    }

    private Map<String, String> storageProperties() {
        return Map.of(
                "campus.files-storage", "s3",
                "campus.files-dir", localFiles.toString(),
                "campus.s3.endpoint", "http://127.0.0.1:" + s3.getPort(),
                "campus.s3.bucket", BUCKET,
                "campus.s3.access-key", ACCESS_KEY,
                "campus.s3.secret-key", SECRET_KEY,
                "campus.s3.prefix", "campus/");
    }

    @AfterAll
    void stopS3() throws Exception {
        s3.stop();
        blobs.close();
    }

    @Test
    void aFileStoredThroughOneInstanceIsServedByAnotherFromTheBucket() throws IOException {
        Staff manager = api.staff(Role.MANAGER);
        Staff trainer = api.staff(Role.TRAINER);
        ActivityDto activity = aMasterclass().ofType(ActivityType.ONLINE_COURSE).create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        String amina = api.participant("FEMALE", "NP");
        api.post("/api/activities/" + activity.id() + "/enrolments", "", amina, EnrolmentDto.class);
        ModuleDto module = api.post("/api/activities/" + activity.id() + "/modules", new ModuleRequest("Module 1", null),
                trainer.token(), ModuleDto.class).body();
        LessonDto lesson = api.post("/api/modules/" + module.id() + "/lessons",
                new LessonRequest("Reading", "Read this.", null, false, null), trainer.token(), LessonDto.class).body();
        byte[] pdf = "%PDF-1.4\n% a handout kept in the bucket\n".getBytes(StandardCharsets.US_ASCII);

        ResourceDto stored = api.upload("/api/lessons/" + lesson.id() + "/resources", "handout.pdf", pdf, trainer.token(),
                ResourceDto.class).body();
        List<String> objects = objectKeys();
        byte[] inBucket = content(objects.get(0));
        Map<String, Object> second = new HashMap<>(storageProperties());
        second.put("datasources.default.url", databaseUrl);
        try (EmbeddedServer secondInstance = ApplicationContext.run(EmbeddedServer.class, second, "test");
             HttpClient client = secondInstance.getApplicationContext().createBean(HttpClient.class, secondInstance.getURL())) {
            BlockingHttpClient other = client.toBlocking();
            byte[] served = other.retrieve(HttpRequest.GET("/api/resources/" + stored.id()).bearerAuth(amina), byte[].class);
            other.exchange(HttpRequest.DELETE("/api/resources/" + stored.id()).bearerAuth(trainer.token()));

            assertArrayEquals(pdf, served);
        }

        assertEquals(1, objects.size(), objects.toString());
        assertEquals(0, objects.get(0).indexOf("campus/"), "objects carry the configured prefix");
        assertArrayEquals(pdf, inBucket);
        assertEquals(List.of(), objectKeys(), "deleting the resource deletes its object");
        try (Stream<Path> onDisk = Files.walk(localFiles)) {
            assertEquals(List.of(localFiles), onDisk.toList(), "nothing written to the local files directory");
        }
        api.problem(404, () -> api.exchange(HttpRequest.GET("/api/resources/" + stored.id()).bearerAuth(amina), byte[].class));
    }

    private List<String> objectKeys() {
        BlobStore store = blobs.getBlobStore();
        return store.list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive()).stream()
                .map(metadata -> metadata.getName()).toList();
    }

    private byte[] content(String key) throws IOException {
        Blob blob = blobs.getBlobStore().getBlob(BUCKET, key);
        assertNotNull(blob);
        try (InputStream in = blob.getPayload().openStream()) {
            return in.readAllBytes();
        }
    }
}
