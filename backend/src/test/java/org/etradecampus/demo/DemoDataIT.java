package org.etradecampus.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.EnrolmentPolicy;
import org.etradecampus.application.ApplicationListDto;
import org.etradecampus.application.ReviewIT;
import org.etradecampus.common.PageDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.enrolment.EnrolmentIT;
import org.etradecampus.enrolment.EnrolmentStatus;
import org.etradecampus.outcome.OutcomeDto;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.survey.MySurveyDto;
import org.etradecampus.survey.SurveyKind;
import org.etradecampus.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CAMPUS_DEMO=true on a fresh embedded database gives a newcomer a living platform. */
class DemoDataIT {

    @TempDir
    Path dataDir;

    @Test
    void loadsProgrammesActivitiesPeopleAndOneAccountPerRole() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "campus.demo", "true", "campus.data-dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"),
                "test")) {
            Api api = new Api(server.getApplicationContext().createBean(HttpClient.class, server.getURL()),
                    server.getApplicationContext().getBean(JsonMapper.class));
            String password = Files.readAllLines(dataDir.resolve("demo-accounts.txt")).get(0).replaceAll(".*: ", "");

            PageDto<ProgrammeDto> programmes = api.get("/api/programmes", null, page(ProgrammeDto.class));
            PageDto<ActivityDto> catalogue = api.get("/api/activities?size=100", null, page(ActivityDto.class));
            String participant = api.login("demo-participant@example.org", password).accessToken();

            assertEquals(3, programmes.total());
            assertEquals(7, catalogue.total(), "seven upcoming or running, two past masterclasses closed");
            ActivityDto nairobi = catalogue.items().stream().filter(a -> a.title().contains("East Africa") && a.type().name().equals("MASTERCLASS"))
                    .findFirst().orElseThrow();
            assertEquals(0, nairobi.seatsLeft());
            assertTrue(nairobi.waitlisted() > 0, "a waitlist to show");
            EnrolmentDto hers = api.get("/api/me/enrolments", participant, EnrolmentIT.ENROLMENT_PAGE).items().stream()
                    .filter(e -> e.activityId().equals(nairobi.id())).findFirst().orElseThrow();
            assertEquals(EnrolmentStatus.WAITLISTED, hers.status());
            List<MySurveyDto> surveys = api.get("/api/me/surveys", participant, Argument.listOf(MySurveyDto.class));
            assertTrue(surveys.stream().anyMatch(s -> s.open() && s.kind() == SurveyKind.BASELINE), "a survey to answer: " + surveys);
            assertEquals(Set.of(Role.MANAGER), api.login("demo-manager@example.org", password).roles());
            String trainer = api.login("demo-trainer@example.org", password).accessToken();
            assertEquals(12, api.get("/api/me/reviews?pending=true", trainer, ReviewIT.REVIEW_PAGE).total(), "reviews left to score");
            ActivityDto byApplication = catalogue.items().stream().filter(a -> a.enrolmentPolicy() == EnrolmentPolicy.APPLICATION)
                    .findFirst().orElseThrow();
            ApplicationListDto ranked = api.get("/api/activities/" + byApplication.id() + "/applications?sort=score",
                    api.login("demo-manager@example.org", password).accessToken(), ApplicationListDto.class);
            assertTrue(ranked.page().total() >= 60, "applications to choose from: " + ranked.page().total());
            assertTrue(ranked.page().items().get(0).meanScore() != null, "a ranking by the reviewers' scores");
            String manager = api.login("demo-manager@example.org", password).accessToken();
            List<OutcomeDto> outcomes = programmes.items().stream().flatMap(p -> api.get("/api/programmes/" + p.id() + "/outcomes",
                    manager, Argument.listOf(OutcomeDto.class)).stream()).toList();
            OutcomeDto sales = outcomes.stream().filter(o -> o.indicator().code().equals("monthly_online_sales")).findFirst().orElseThrow();
            assertTrue(sales.paired() != null && sales.paired().people() > 5 && sales.paired().change() > 0, "sales grew: " + sales);
            OutcomeDto selling = outcomes.stream().filter(o -> o.indicator().code().equals("smes_selling_online")).findFirst().orElseThrow();
            assertTrue(selling.latest().value() > 0, "SMEs reached their first sale: " + selling);
            List<org.etradecampus.community.CommunityDto> communities = api.get("/api/communities", participant,
                    Argument.listOf(org.etradecampus.community.CommunityDto.class));
            assertEquals(3, communities.size());
            org.etradecampus.community.CommunityDto africa = communities.stream().filter(c -> "002".equals(c.regionCode()))
                    .findFirst().orElseThrow();
            assertEquals(org.etradecampus.community.MemberStatus.ACTIVE, africa.myStatus(), "the demo participant is a member");
            assertTrue(africa.members() > 10, "with others from Africa: " + africa.members());
            assertTrue(api.get("/api/directory?size=50", participant, page(org.etradecampus.directory.DirectoryEntryDto.class)).total() > 10,
                    "businesses in the directory");
            assertEquals(1, api.get("/api/me/contact-requests", participant,
                    Argument.listOf(org.etradecampus.directory.ContactRequestDto.class)).size(), "a message for Awa Couture");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Argument<PageDto<T>> page(Class<T> type) {
        return (Argument) Argument.of(PageDto.class, type);
    }
}
