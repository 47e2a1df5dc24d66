package org.etradecampus.testing;

import org.etradecampus.account.Gender;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.activity.CreateActivityRequest;
import org.etradecampus.activity.Delivery;
import org.etradecampus.activity.EligibilityDto;
import org.etradecampus.activity.EnrolmentPolicy;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.ProgrammeDto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test activities: published, open, for everyone, unless told otherwise. */
public final class Activities {

    private String title = "Masterclass " + UUID.randomUUID().toString().substring(0, 8);
    private ActivityType type = ActivityType.MASTERCLASS;
    private int capacity = 25;
    private String countryCode = "NP";
    private String regionCode = "034";
    private String language = "en";
    private LocalDate startDate = LocalDate.now().plusDays(30);
    private Instant opensAt;
    private Instant closesAt;
    private EligibilityDto eligibility = EligibilityDto.everyone();
    private boolean publish = true;
    private EnrolmentPolicy policy = EnrolmentPolicy.OPEN;

    private Activities() {
    }

    public static Activities aMasterclass() {
        return new Activities();
    }

    public Activities titled(String value) {
        this.title = value;
        return this;
    }

    public Activities ofType(ActivityType value) {
        this.type = value;
        return this;
    }

    public Activities withSeats(int value) {
        this.capacity = value;
        return this;
    }

    public Activities in(String country, String region) {
        this.countryCode = country;
        this.regionCode = region;
        return this;
    }

    public Activities inLanguage(String value) {
        this.language = value;
        return this;
    }

    public Activities starting(LocalDate value) {
        this.startDate = value;
        return this;
    }

    public Activities enrolmentWindow(Instant opens, Instant closes) {
        this.opensAt = opens;
        this.closesAt = closes;
        return this;
    }

    public Activities forWomenOnly() {
        this.eligibility = new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of(), Set.of(), false, false);
        return this;
    }

    public Activities forGroups(CountryGroup... groups) {
        this.eligibility = new EligibilityDto(Set.of(), Set.of(), Set.of(), Set.of(groups), false, false);
        return this;
    }

    public Activities eligibility(EligibilityDto value) {
        this.eligibility = value;
        return this;
    }

    public Activities byApplication() {
        this.policy = EnrolmentPolicy.APPLICATION;
        return this;
    }

    public Activities draft() {
        this.publish = false;
        return this;
    }

    public String title() {
        return title;
    }

    public CreateActivityRequest request(String programmeId) {
        return new CreateActivityRequest(programmeId, type, title, "Selling online across borders", Delivery.IN_PERSON,
                language, countryCode, "Kathmandu", regionCode, startDate, startDate.plusDays(2), "Asia/Kathmandu",
                capacity, policy, opensAt, closesAt, eligibility, List.of("SDG 5"));
    }

    /** Creates a programme and this activity through the API as {@code token} (a manager), publishing it unless a draft. */
    public ActivityDto create(Api api, String token) {
        ProgrammeDto programme = api.post("/api/programmes", new CreateProgrammeRequest("eTrade for Women " + title,
                "Masterclasses", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1), "UNCTAD", null), token,
                ProgrammeDto.class).body();
        ActivityDto activity = api.post("/api/activities", request(programme.id()), token, ActivityDto.class).body();
        return publish ? api.post("/api/activities/" + activity.id() + "/publish", "", token, ActivityDto.class).body() : activity;
    }
}
