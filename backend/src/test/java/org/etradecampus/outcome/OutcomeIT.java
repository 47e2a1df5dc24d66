package org.etradecampus.outcome;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Gender;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Managers define indicators with targets; participation and milestone figures are computed, never typed in. */
@MicronautTest(transactional = false)
class OutcomeIT {

    static final Argument<List<OutcomeDto>> OUTCOMES = Argument.listOf(OutcomeDto.class);
    static final LocalDate YEAR_START = LocalDate.now().withDayOfYear(1);
    static final LocalDate YEAR_END = YEAR_START.plusYears(1).minusDays(1);

    @Inject
    Api api;

    Staff manager;
    Staff coach;
    ActivityDto activity;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        coach = api.staff(Role.TRAINER);
        activity = aMasterclass().ofType(ActivityType.ACCELERATOR_COHORT).starting(LocalDate.now().plusDays(3))
                .create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(coach.id())), manager.token(),
                Argument.listOf(StaffDto.class));
    }

    @Test
    void indicatorsAreCheckedFieldByFieldAndBelongToTheirProgrammesManagers() {
        Problem noCurrency = api.problem(400, () -> add(new IndicatorRequest("sales", name("Online sales"), IndicatorUnit.CURRENCY,
                null, IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, SurveyAggregation.MEAN, null, null, false,
                List.of())));
        Problem notACurrency = api.problem(400, () -> add(survey("sales", IndicatorUnit.CURRENCY, "XYZ", SurveyAggregation.MEAN)));
        Problem shareAsCount = api.problem(400, () -> add(participation("share", IndicatorUnit.COUNT, ParticipationMeasure.WOMEN_SHARE)));
        Problem noMeasure = api.problem(400, () -> add(participation("reach", IndicatorUnit.COUNT, null)));
        Problem backwards = api.problem(400, () -> add(withTargets(participation("women", IndicatorUnit.COUNT,
                ParticipationMeasure.WOMEN_REGISTERED), List.of(new TargetDto(null, YEAR_END, YEAR_START, 10.0, null, null)))));
        IndicatorDto women = add(withTargets(participation("women", IndicatorUnit.COUNT, ParticipationMeasure.WOMEN_REGISTERED),
                List.of(new TargetDto(null, YEAR_START, YEAR_END, 100.0, null, null))));
        Problem taken = api.problem(409, () -> add(participation("women", IndicatorUnit.COUNT, ParticipationMeasure.WOMEN_ATTENDED)));
        Staff otherManager = api.staff(Role.MANAGER);

        assertEquals(List.of("currency", "currency", "unit", "measure", "targets[0].to"),
                List.of(field(noCurrency), field(notACurrency), field(shareAsCount), field(noMeasure), field(backwards)));
        assertEquals("outcome.code-taken", taken.messageKey());
        assertEquals(List.of(women), api.get(indicatorsPath(), coach.token(), Argument.listOf(IndicatorDto.class)),
                "the programme's trainers read its indicators");
        api.problem(403, () -> api.get(indicatorsPath(), otherManager.token(), Argument.listOf(IndicatorDto.class)));
        api.problem(403, () -> api.put("/api/indicators/" + women.id(), participation("w", IndicatorUnit.COUNT,
                ParticipationMeasure.WOMEN_REGISTERED), otherManager.token(), IndicatorDto.class));
        api.problem(403, () -> api.post(indicatorsPath(), participation("x", IndicatorUnit.COUNT,
                ParticipationMeasure.WOMEN_REGISTERED), coach.token(), IndicatorDto.class));
        api.problem(404, () -> api.put("/api/indicators/99999999", participation("w", IndicatorUnit.COUNT,
                ParticipationMeasure.WOMEN_REGISTERED), manager.token(), IndicatorDto.class));
        assertEquals(204, api.delete("/api/indicators/" + women.id(), manager.token()).code());
        assertEquals(List.of(), api.get(indicatorsPath(), manager.token(), Argument.listOf(IndicatorDto.class)));
    }

    @Test
    void participationIndicatorsCountDistinctPeopleAgainstTargetsByGenderAndCountryGroup() {
        IndicatorDto women = add(withTargets(participation("women", IndicatorUnit.COUNT, ParticipationMeasure.WOMEN_REGISTERED),
                List.of(new TargetDto(null, YEAR_START, YEAR_END, 4.0, null, null))));
        IndicatorDto share = add(withTargets(participation("share", IndicatorUnit.PERCENT, ParticipationMeasure.WOMEN_SHARE),
                List.of(new TargetDto(null, YEAR_START, YEAR_END, 60.0, null, null))));
        IndicatorDto ldc = add(withTargets(participation("ldc", IndicatorUnit.COUNT, ParticipationMeasure.PARTICIPANTS_REGISTERED),
                List.of(new TargetDto(null, YEAR_START, YEAR_END, 4.0, null, CountryGroup.LDC),
                        new TargetDto(null, YEAR_START, YEAR_END, 2.0, Gender.MALE, null))));
        enrol(api.participant("FEMALE", "NP"));
        enrol(api.participant("FEMALE", "KE"));
        enrol(api.participant("MALE", "BD"));

        List<OutcomeDto> outcomes = api.get("/api/programmes/" + activity.programmeId() + "/outcomes", manager.token(), OUTCOMES);
        OutcomeDto womenFigure = of(outcomes, women);
        OutcomeDto shareFigure = of(outcomes, share);
        OutcomeDto ldcFigure = of(outcomes, ldc);

        assertEquals(new FigureDto(2, 3L, FigureBasis.PARTICIPATION), womenFigure.latest());
        assertNull(womenFigure.baseline(), "nothing stated, nothing surveyed");
        assertEquals(0.5, womenFigure.targets().get(0).progress(), 1e-9);
        assertEquals(200.0 / 3, shareFigure.latest().value(), 1e-9);
        assertEquals(3L, shareFigure.latest().people(), "a share always comes with its base");
        assertEquals(2.0, ldcFigure.targets().get(0).value(), "Nepal and Bangladesh are LDCs; Kenya is not");
        assertEquals(0.5, ldcFigure.targets().get(0).progress(), 1e-9);
        assertEquals(1.0, ldcFigure.targets().get(1).value(), "one man");
        assertEquals(List.of(womenFigure, shareFigure, ldcFigure).size(),
                api.get("/api/activities/" + activity.id() + "/outcomes", coach.token(), OUTCOMES).size());
        api.problem(403, () -> api.get("/api/activities/" + activity.id() + "/outcomes", api.participant("FEMALE", "NP"), OUTCOMES));
    }

    @Test
    void theReportsFiltersNarrowTargetProgressToACountryARegionATypeAPeriodOrAnActivity() {
        IndicatorDto women = add(withTargets(participation("women_narrowed", IndicatorUnit.COUNT,
                ParticipationMeasure.WOMEN_REGISTERED), List.of(new TargetDto(null, YEAR_START, YEAR_END, 4.0, null, null))));
        enrol(api.participant("FEMALE", "NP"));
        enrol(api.participant("FEMALE", "KE"));
        enrol(api.participant("FEMALE", "BD"));
        String path = "/api/programmes/" + activity.programmeId() + "/outcomes?";
        ActivityDto elsewhere = aMasterclass().starting(LocalDate.now().plusDays(3)).create(api, manager.token());

        double all = of(api.get(path, manager.token(), OUTCOMES), women).targets().get(0).value();
        TargetProgressDto nepal = of(api.get(path + "country=NP", manager.token(), OUTCOMES), women).targets().get(0);
        double southernAsia = of(api.get(path + "region=034", manager.token(), OUTCOMES), women).targets().get(0).value();
        double masterclasses = of(api.get(path + "type=MASTERCLASS", manager.token(), OUTCOMES), women).targets().get(0).value();
        TargetProgressDto before = of(api.get(path + "to=" + LocalDate.now(), manager.token(), OUTCOMES), women).targets().get(0);
        double beforeIt = before.value();
        double inIt = of(api.get(path + "activityId=" + activity.id() + "&from=" + LocalDate.now(), manager.token(), OUTCOMES), women)
                .targets().get(0).value();
        Problem notItsActivity = api.problem(400, () -> api.get(path + "activityId=" + elsewhere.id(), manager.token(), OUTCOMES));
        Problem backwards = api.problem(400, () -> api.get(path + "from=2025-02-01&to=2025-01-01", manager.token(), OUTCOMES));
        Problem badCountry = api.problem(400, () -> api.get(path + "country=Nepal", manager.token(), OUTCOMES));

        assertEquals(3.0, all);
        assertEquals(1.0, nepal.value());
        assertEquals(0.25, nepal.progress(), 1e-9, "one of four, within Nepal");
        assertEquals(2.0, southernAsia, "Nepal and Bangladesh are in Southern Asia, Kenya is not");
        assertEquals(0.0, masterclasses, "the activity is an accelerator cohort");
        assertEquals(0.0, beforeIt, "the activity starts after the period asked for");
        assertEquals(LocalDate.now(), before.measuredTo(), "the target's period, cut at the end asked for");
        assertEquals(null, before.measuredFrom(), "a cumulative target counts from the beginning");
        assertEquals(3.0, inIt);
        assertEquals("activityId", notItsActivity.errors().get(0).field());
        assertEquals("to", backwards.errors().get(0).field());
        assertEquals("country", badCountry.errors().get(0).field());
    }

    @Test
    void aCumulativeTargetCountsFromTheBeginningAPerPeriodOneOnlyWithinItsPeriod() {
        LocalDate later = LocalDate.now().plusDays(10);
        TargetDto afterTheStart = new TargetDto(null, later, later.plusYears(1), 4.0, null, null);
        IndicatorDto cumulative = add(withTargets(participation("cumulative", IndicatorUnit.COUNT,
                ParticipationMeasure.PARTICIPANTS_REGISTERED), List.of(afterTheStart)));
        IndicatorRequest perPeriod = withTargets(participation("per_period", IndicatorUnit.COUNT,
                ParticipationMeasure.PARTICIPANTS_REGISTERED), List.of(afterTheStart));
        IndicatorDto periodic = add(new IndicatorRequest(perPeriod.code(), perPeriod.name(), perPeriod.unit(), null,
                perPeriod.direction(), perPeriod.source(), perPeriod.measure(), null, null, null, false, perPeriod.targets()));
        enrol(api.participant("FEMALE", "NP"));
        enrol(api.participant("FEMALE", "KE"));

        List<OutcomeDto> outcomes = api.get("/api/programmes/" + activity.programmeId() + "/outcomes", manager.token(), OUTCOMES);

        assertEquals(2.0, of(outcomes, cumulative).targets().get(0).value(), "the activity started before the period: still counted");
        assertEquals(0.0, of(outcomes, periodic).targets().get(0).value(), "it did not start within the period");
    }

    @Test
    void coachesRecordMilestonesSmesReportThemAndOnlyValidatedOnesCount() {
        MilestoneDto firstSale = api.post(milestonesPath(), new MilestoneRequest("first_sale", name("First online sale"), null),
                manager.token(), MilestoneDto.class).body();
        MilestoneDto export = api.post(milestonesPath(), new MilestoneRequest("first_export", name("First export order"), null),
                manager.token(), MilestoneDto.class).body();
        IndicatorDto selling = add(new IndicatorRequest("selling", name("SMEs selling online"), IndicatorUnit.COUNT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.MILESTONE, null, null, firstSale.id(), null, true,
                List.of(new TargetDto(null, YEAR_START, YEAR_END, 2.0, null, null))));
        String amina = api.participant("FEMALE", "NG");
        String rosa = api.participant("FEMALE", "DO");
        enrol(amina);
        enrol(rosa);
        String aminaId = api.get("/api/me", amina, org.etradecampus.account.MeDto.class).id();

        MilestoneRecordDto recorded = api.post(recordsPath(), new MilestoneRecordRequest(firstSale.id(), aminaId,
                LocalDate.now(), "Order #1 on Jumia"), coach.token(), MilestoneRecordDto.class).body();
        MilestoneRecordDto reported = api.post(recordsPath(), new MilestoneRecordRequest(firstSale.id(), null, LocalDate.now(),
                "First sale on Instagram"), rosa, MilestoneRecordDto.class).body();
        double beforeValidation = selling(selling).latest().value();
        MilestoneRecordDto validated = api.put("/api/milestone-records/" + reported.id() + "/decision",
                new MilestoneDecisionRequest(MilestoneStatus.VALIDATED), coach.token(), MilestoneRecordDto.class);
        Problem twice = api.problem(409, () -> api.post(recordsPath(), new MilestoneRecordRequest(firstSale.id(), aminaId,
                LocalDate.now(), null), coach.token(), MilestoneRecordDto.class));
        Problem forOther = api.problem(403, () -> api.post(recordsPath(), new MilestoneRecordRequest(export.id(), aminaId,
                LocalDate.now(), null), rosa, MilestoneRecordDto.class));
        Problem future = api.problem(400, () -> api.post(recordsPath(), new MilestoneRecordRequest(export.id(), aminaId,
                LocalDate.now().plusDays(5), null), coach.token(), MilestoneRecordDto.class));
        ActivityDto masterclass = aMasterclass().create(api, manager.token());
        Problem notAccelerator = api.problem(409, () -> api.post("/api/activities/" + masterclass.id() + "/milestone-records",
                new MilestoneRecordRequest(firstSale.id(), aminaId, LocalDate.now(), null), manager.token(), MilestoneRecordDto.class));
        OutcomeDto after = selling(selling);

        assertEquals(MilestoneStatus.VALIDATED, recorded.status());
        assertEquals(MilestoneStatus.REPORTED, reported.status());
        assertTrue(reported.selfReported());
        assertEquals(1.0, beforeValidation, "a report waiting for validation does not count");
        assertEquals(MilestoneStatus.VALIDATED, validated.status());
        assertEquals(new FigureDto(2, 2L, FigureBasis.MILESTONE), after.latest());
        assertEquals(1.0, after.targets().get(0).progress(), 1e-9);
        assertEquals("outcome.milestone-recorded", twice.messageKey());
        assertEquals("problem.forbidden", forOther.messageKey());
        assertEquals("achievedOn", field(future));
        assertEquals("outcome.not-accelerator", notAccelerator.messageKey());
        assertEquals(List.of(reported.id()), api.get(recordsPath(), rosa, Argument.listOf(MilestoneRecordDto.class)).stream()
                .map(MilestoneRecordDto::id).toList(), "an SME sees only her own");
        assertEquals(2, api.get(recordsPath(), coach.token(), Argument.listOf(MilestoneRecordDto.class)).size());
        MilestoneRecordDto exportReport = api.post(recordsPath(), new MilestoneRecordRequest(export.id(), null, LocalDate.now(),
                "A quote from Lomé"), rosa, MilestoneRecordDto.class).body();
        api.put("/api/milestone-records/" + exportReport.id() + "/decision", new MilestoneDecisionRequest(MilestoneStatus.REJECTED),
                coach.token(), MilestoneRecordDto.class);
        MilestoneRecordDto again = api.post(recordsPath(), new MilestoneRecordRequest(export.id(), null, LocalDate.now(),
                "The paid invoice from Lomé"), rosa, MilestoneRecordDto.class).body();
        assertEquals(MilestoneStatus.REPORTED, again.status(), "a rejected milestone may be reported again with new evidence");
        assertEquals("The paid invoice from Lomé", again.evidence());
        api.delete("/api/milestone-records/" + again.id(), rosa);
        api.problem(403, () -> api.get(recordsPath(), api.participant("FEMALE", "NP"), Argument.listOf(MilestoneRecordDto.class)));
        assertEquals("outcome.milestone-in-use", api.problem(409, () -> api.delete("/api/milestones/" + firstSale.id(),
                manager.token())).messageKey());
        assertEquals(204, api.delete("/api/milestones/" + export.id(), manager.token()).code());
    }

    private OutcomeDto selling(IndicatorDto indicator) {
        return of(api.get("/api/programmes/" + activity.programmeId() + "/outcomes", manager.token(), OUTCOMES), indicator);
    }

    private static OutcomeDto of(List<OutcomeDto> outcomes, IndicatorDto indicator) {
        return outcomes.stream().filter(o -> o.indicator().id().equals(indicator.id())).findFirst().orElseThrow();
    }

    private void enrol(String token) {
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
    }

    private IndicatorDto add(IndicatorRequest request) {
        return api.post(indicatorsPath(), request, manager.token(), IndicatorDto.class).body();
    }

    private String indicatorsPath() {
        return "/api/programmes/" + activity.programmeId() + "/indicators";
    }

    private String milestonesPath() {
        return "/api/programmes/" + activity.programmeId() + "/milestones";
    }

    private String recordsPath() {
        return "/api/activities/" + activity.id() + "/milestone-records";
    }

    static LocalizedText name(String en) {
        return new LocalizedText(en, null, null);
    }

    static IndicatorRequest participation(String code, IndicatorUnit unit, ParticipationMeasure measure) {
        return new IndicatorRequest(code, name(code), unit, null, IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.PARTICIPATION,
                measure, null, null, null, true, List.of());
    }

    static IndicatorRequest survey(String code, IndicatorUnit unit, String currency, SurveyAggregation aggregation) {
        return new IndicatorRequest(code, name(code), unit, currency, IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY,
                null, aggregation, null, null, true, List.of());
    }

    static IndicatorRequest withTargets(IndicatorRequest r, List<TargetDto> targets) {
        return new IndicatorRequest(r.code(), r.name(), r.unit(), r.currency(), r.direction(), r.source(), r.measure(),
                r.aggregation(), r.milestoneId(), r.baseline(), r.cumulative(), targets);
    }

    private static String field(Problem problem) {
        return problem.errors().get(0).field();
    }
}
