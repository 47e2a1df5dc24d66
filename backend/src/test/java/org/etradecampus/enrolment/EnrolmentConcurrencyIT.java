package org.etradecampus.enrolment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.application.ApplicationDto;
import org.etradecampus.application.ApplicationListDto;
import org.etradecampus.application.ApplicationStatus;
import org.etradecampus.application.Decision;
import org.etradecampus.application.DecisionRequest;
import org.etradecampus.application.DecisionResultDto;
import org.etradecampus.application.SaveApplicationRequest;
import org.etradecampus.auth.PasswordHasher;
import org.etradecampus.auth.SessionService;
import org.etradecampus.common.PageDto;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Activities;
import org.etradecampus.testing.Api;
import org.etradecampus.user.User;
import org.etradecampus.user.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hundreds of people enrol at the same moment through two backend instances on one database (in CI,
 * MariaDB), then dozens withdraw at once: capacity must hold, and the waitlist stay 1..N in order.
 * Managers' moves and decisions on applications keep the same guarantees.
 */
@MicronautTest(transactional = false)
class EnrolmentConcurrencyIT {

    static final int SEATS = 25;
    static final int PEOPLE = 300;

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<EnrolmentDto>> ENROLMENT_PAGE = (Argument) Argument.of(PageDto.class, EnrolmentDto.class);

    @Inject
    Api api;

    @Inject
    EmbeddedServer firstInstance;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Value("${datasources.default.url}")
    String databaseUrl;

    EmbeddedServer secondInstance;
    ExecutorService pool = Executors.newFixedThreadPool(64);

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void capacityHoldsAndTheWaitlistStaysInOrderUnderConcurrentRequestsOnTwoInstances() throws Exception {
        secondInstance = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", databaseUrl), "test");
        List<BlockingHttpClient> instances = List.of(client(firstInstance), client(secondInstance));
        ActivityDto activity = aMasterclass().withSeats(SEATS).create(api, api.loginAsAdmin().accessToken());
        List<String> people = participants(PEOPLE);

        Map<String, EnrolmentDto> answers = new ConcurrentHashMap<>();
        List<Integer> failures = runAtOnce(IntStream.range(0, PEOPLE).mapToObj(i -> (Callable<Integer>) () -> {
            EnrolmentDto answer = instances.get(i % 2).retrieve(HttpRequest.POST("/api/activities/" + activity.id() + "/enrolments", "")
                    .bearerAuth(people.get(i)), EnrolmentDto.class);
            answers.put(people.get(i), answer);
            return 0;
        }).toList());

        assertTrue(failures.isEmpty(), "every request answered 201: " + failures);
        assertState(activity, people, SEATS, PEOPLE - SEATS);
        List<Integer> answeredPositions = answers.values().stream().map(EnrolmentDto::waitlistPosition)
                .filter(java.util.Objects::nonNull).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList(), answeredPositions,
                "the positions given in the answers are 1..N, each once");

        Map<String, EnrolmentDto> before = current(people);
        List<String> leavingSeats = people.stream().filter(p -> before.get(p).status() == EnrolmentStatus.ENROLLED).limit(10).toList();
        List<String> leavingQueue = people.stream().filter(p -> before.get(p).status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(p -> -before.get(p).waitlistPosition())).limit(20).toList();
        List<String> leaving = new ArrayList<>(leavingSeats);
        leaving.addAll(leavingQueue);

        List<Integer> withdrawFailures = runAtOnce(IntStream.range(0, leaving.size()).mapToObj(i -> (Callable<Integer>) () -> {
            instances.get(i % 2).retrieve(HttpRequest.POST("/api/enrolments/" + before.get(leaving.get(i)).id() + "/withdraw", "")
                    .bearerAuth(leaving.get(i)), EnrolmentDto.class);
            return 0;
        }).toList());

        assertTrue(withdrawFailures.isEmpty(), "every withdrawal answered 200: " + withdrawFailures);
        List<String> staying = people.stream().filter(p -> !leaving.contains(p)).toList();
        assertState(activity, staying, SEATS, PEOPLE - SEATS - leaving.size());
        Map<String, EnrolmentDto> after = current(staying);
        Set<String> promoted = staying.stream().filter(p -> before.get(p).status() == EnrolmentStatus.WAITLISTED
                && after.get(p).status() == EnrolmentStatus.ENROLLED).collect(Collectors.toSet());
        Set<String> firstInLine = staying.stream().filter(p -> before.get(p).status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(p -> before.get(p).waitlistPosition())).limit(leavingSeats.size())
                .collect(Collectors.toSet());
        assertEquals(firstInLine, promoted, "freed seats went to the first in line");
    }

    @Test
    void countsStayTrueWhenManagersAndParticipantsActAtOnce() throws Exception {
        secondInstance = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", databaseUrl), "test");
        List<BlockingHttpClient> instances = List.of(client(firstInstance), client(secondInstance));
        String manager = api.loginAsAdmin().accessToken();
        Activities plan = aMasterclass().withSeats(20);
        ActivityDto activity = plan.create(api, manager);
        List<String> first = participants(60);
        List<String> newcomers = participants(40);
        runAtOnce(first.stream().map(p -> (Callable<Integer>) () -> {
            instances.get(0).retrieve(HttpRequest.POST("/api/activities/" + activity.id() + "/enrolments", "").bearerAuth(p),
                    EnrolmentDto.class);
            return 0;
        }).toList());
        Map<String, EnrolmentDto> before = current(first);
        List<String> seated = first.stream().filter(p -> before.get(p).status() == EnrolmentStatus.ENROLLED).toList();
        List<Callable<Integer>> calls = new ArrayList<>();
        seated.subList(0, 10).forEach(p -> calls.add(() -> {
            instances.get(1).retrieve(HttpRequest.POST("/api/enrolments/" + before.get(p).id() + "/waitlist", "")
                    .bearerAuth(manager), EnrolmentDto.class);
            return 0;
        }));
        seated.subList(10, 20).forEach(p -> calls.add(() -> {
            instances.get(0).retrieve(HttpRequest.POST("/api/enrolments/" + before.get(p).id() + "/withdraw", "")
                    .bearerAuth(p), EnrolmentDto.class);
            return 0;
        }));
        IntStream.range(0, newcomers.size()).forEach(i -> calls.add(() -> {
            instances.get(i % 2).retrieve(HttpRequest.POST("/api/activities/" + activity.id() + "/enrolments", "")
                    .bearerAuth(newcomers.get(i)), EnrolmentDto.class);
            return 0;
        }));
        calls.add(() -> {
            instances.get(1).retrieve(HttpRequest.PUT("/api/activities/" + activity.id(),
                    plan.withSeats(25).request(activity.programmeId())).bearerAuth(manager), ActivityDto.class);
            return 0;
        });

        List<Integer> failures = runAtOnce(calls);

        assertTrue(failures.isEmpty(), "every request answered 2xx: " + failures);
        List<String> staying = new ArrayList<>(first.stream().filter(p -> !seated.subList(10, 20).contains(p)).toList());
        staying.addAll(newcomers);
        assertState(activity, staying, 25, 60 + 40 - 10 - 25);
    }

    @Test
    void concurrentDecisionsNeverAcceptBeyondCapacity() throws Exception {
        secondInstance = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", databaseUrl), "test");
        List<BlockingHttpClient> instances = List.of(client(firstInstance), client(secondInstance));
        String manager = api.loginAsAdmin().accessToken();
        ActivityDto activity = aMasterclass().byApplication().withSeats(10).create(api, manager);
        List<String> applicants = participants(40);
        List<String> applicationIds = new ArrayList<>();
        for (String applicant : applicants) {
            api.put("/api/activities/" + activity.id() + "/application", new SaveApplicationRequest(Map.of()), applicant,
                    ApplicationDto.class);
            applicationIds.add(api.post("/api/activities/" + activity.id() + "/application/submit", "", applicant,
                    ApplicationDto.class).body().id());
        }

        List<Integer> failures = runAtOnce(IntStream.range(0, 8).mapToObj(i -> (Callable<Integer>) () -> {
            instances.get(i % 2).retrieve(HttpRequest.POST("/api/activities/" + activity.id() + "/applications/decisions",
                    new DecisionRequest(Set.copyOf(applicationIds.subList(i * 5, i * 5 + 5)), Decision.ACCEPT))
                    .bearerAuth(manager), DecisionResultDto.class);
            return 0;
        }).toList());

        assertEquals(List.of(409, 409, 409, 409, 409, 409), failures, "two batches of five fill the ten seats");
        ActivityDto counts = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        assertEquals(10, counts.enrolled());
        ApplicationListDto list = api.get("/api/activities/" + activity.id() + "/applications", manager, ApplicationListDto.class);
        assertEquals(Map.of(ApplicationStatus.ACCEPTED, 10L, ApplicationStatus.APPLIED, 30L), list.countsByStatus());
        assertEquals(10, applicants.stream().filter(p -> api.get("/api/me/enrolments", p, ENROLMENT_PAGE).items().stream()
                .anyMatch(e -> e.status() == EnrolmentStatus.ENROLLED)).count());
    }

    private void assertState(ActivityDto activity, List<String> people, int enrolled, int waitlisted) {
        ActivityDto counts = api.get("/api/activities/" + activity.id(), null, ActivityDto.class);
        Map<String, EnrolmentDto> now = current(people);
        List<EnrolmentDto> seats = now.values().stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).toList();
        List<Integer> positions = now.values().stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .map(EnrolmentDto::waitlistPosition).sorted().toList();

        assertEquals(enrolled, seats.size(), "enrolled");
        assertEquals(enrolled, counts.enrolled(), "the activity's own count");
        assertEquals(waitlisted, counts.waitlisted(), "the activity's waitlist count");
        assertEquals(IntStream.rangeClosed(1, waitlisted).boxed().toList(), positions, "positions 1..N without gaps or repeats");
    }

    private Map<String, EnrolmentDto> current(List<String> people) {
        return people.stream().collect(Collectors.toMap(p -> p,
                p -> api.get("/api/me/enrolments", p, ENROLMENT_PAGE).items().stream()
                        .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.WAITLISTED)
                        .findFirst().orElseThrow()));
    }

    /** Starts every call at the same moment; returns the HTTP status of each that failed. */
    private List<Integer> runAtOnce(List<Callable<Integer>> calls) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                gate.await();
                try {
                    return call.call();
                } catch (HttpClientResponseException e) {
                    return e.getStatus().getCode();
                }
            }));
        }
        gate.countDown();
        List<Integer> failures = new ArrayList<>();
        for (Future<Integer> future : futures) {
            int status = future.get();
            if (status != 0) {
                failures.add(status);
            }
        }
        return failures;
    }

    /** Accounts straight in the database with one shared hash: hundreds of Argon2 hashes would only slow the test. */
    private List<String> participants(int count) {
        String hash = hasher.hash(Accounts.PASSWORD);
        Instant now = Instant.now();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            User user = users.save(new User(null, Accounts.uniqueEmail("crowd"), hash, "Crowd " + i, "en", true, now, now));
            users.insertRole(user.id(), Role.PARTICIPANT.name());
            tokens.add(sessions.start(user).accessToken());
        }
        return tokens;
    }

    private static BlockingHttpClient client(EmbeddedServer server) {
        return server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }
}
