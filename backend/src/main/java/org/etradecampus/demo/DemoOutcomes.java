package org.etradecampus.demo;

import jakarta.inject.Singleton;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionType;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.outcome.IndicatorDirection;
import org.etradecampus.outcome.IndicatorDto;
import org.etradecampus.outcome.IndicatorRequest;
import org.etradecampus.outcome.IndicatorService;
import org.etradecampus.outcome.IndicatorSource;
import org.etradecampus.outcome.IndicatorUnit;
import org.etradecampus.outcome.MilestoneDto;
import org.etradecampus.outcome.MilestoneRecordRequest;
import org.etradecampus.outcome.MilestoneRequest;
import org.etradecampus.outcome.MilestoneService;
import org.etradecampus.outcome.ParticipationMeasure;
import org.etradecampus.outcome.SurveyAggregation;
import org.etradecampus.outcome.TargetDto;
import org.etradecampus.survey.ActivitySurveyDto;
import org.etradecampus.survey.AttachSurveyRequest;
import org.etradecampus.survey.SurveyKind;
import org.etradecampus.survey.SurveyQuestionDto;
import org.etradecampus.survey.SurveyService;
import org.etradecampus.survey.SurveyTemplateRequest;
import org.etradecampus.survey.SurveyWindowRequest;
import org.etradecampus.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The outcomes side of the demo: eTrade for Women's indicators and targets, baseline and endline
 * answers from a past masterclass, baseline surveys open for upcoming activities (one the demo
 * participant holds a seat in), and the accelerator's milestones, some waiting for validation.
 */
@Singleton
class DemoOutcomes {

    private final IndicatorService indicators;
    private final SurveyService surveys;
    private final MilestoneService milestones;
    private final ActivityService activities;
    private final EnrolmentService enrolments;

    DemoOutcomes(IndicatorService indicators, SurveyService surveys, MilestoneService milestones, ActivityService activities,
                 EnrolmentService enrolments) {
        this.indicators = indicators;
        this.surveys = surveys;
        this.milestones = milestones;
        this.activities = activities;
        this.enrolments = enrolments;
    }

    void load(long women, long past, List<Long> upcoming, long accelerator, long cohort, long managerId, List<User> crowd,
              LocalDate today, Random random) {
        TargetDto programmeTarget = target(today, 150, null, null);
        participation(women, "women_reached", "Women entrepreneurs reached", "Femmes entrepreneures atteintes",
                "Mujeres emprendedoras alcanzadas", ParticipationMeasure.WOMEN_REGISTERED, List.of(programmeTarget));
        participation(women, "countries", "Countries reached", "Pays atteints", "Países alcanzados",
                ParticipationMeasure.COUNTRIES_REACHED, List.of(target(today, 40, null, null)));
        participation(women, "ldc_participants", "Participants from LDCs", "Participantes des PMA", "Participantes de los PMA",
                ParticipationMeasure.PARTICIPANTS_REGISTERED, List.of(target(today, 20, null, CountryGroup.LDC)));
        IndicatorDto sales = indicators.create(women, new IndicatorRequest("monthly_online_sales",
                new LocalizedText("Monthly online sales", "Ventes en ligne mensuelles", "Ventas en línea mensuales"),
                IndicatorUnit.CURRENCY, "USD", IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null,
                SurveyAggregation.MEAN, null, null, true, List.of(target(today, 800, null, null))));
        IndicatorDto exporting = indicators.create(women, new IndicatorRequest("exporting",
                new LocalizedText("Businesses exporting", "Entreprises qui exportent", "Empresas que exportan"),
                IndicatorUnit.PERCENT, null, IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null,
                SurveyAggregation.SHARE_YES, null, null, true, List.of(target(today, 40, null, null))));

        List<SurveyQuestionDto> questions = List.of(
                new SurveyQuestionDto("sales", QuestionType.NUMBER, new LocalizedText("Your online sales last month",
                        "Vos ventes en ligne le mois dernier", "Tus ventas en línea el mes pasado"), true, null,
                        new LocalizedText("USD", "USD", "USD"), sales.id()),
                new SurveyQuestionDto("exports", QuestionType.YES_NO, new LocalizedText("Do you sell to customers abroad?",
                        "Vendez-vous à des clients à l'étranger ?", "¿Vendes a clientes en el extranjero?"), true, null, null,
                        exporting.id()),
                new SurveyQuestionDto("confidence", QuestionType.SCALE, new LocalizedText("How confident are you selling online?",
                        "Quelle est votre aisance pour vendre en ligne ?", "¿Cuánta confianza tienes para vender en línea?"), false,
                        null, null, null));
        String baseline = surveys.addTemplate(women, new SurveyTemplateRequest(SurveyKind.BASELINE, new LocalizedText(
                "Before the masterclass", "Avant la masterclass", "Antes de la masterclass"), questions)).id();
        String endline = surveys.addTemplate(women, new SurveyTemplateRequest(SurveyKind.ENDLINE, new LocalizedText(
                "After the masterclass", "Après la masterclass", "Después de la masterclass"), questions)).id();

        // The past masterclass's surveys are opened for a moment to take its answers, then given back their own windows.
        Instant now = Instant.now();
        ActivitySurveyDto before = surveys.attach(past, new AttachSurveyRequest(baseline, null, now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS)));
        ActivitySurveyDto after = surveys.attach(past, new AttachSurveyRequest(endline, null, now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS)));
        List<User> seated = crowd.stream().filter(u -> enrolments.seatOf(past, u.id()).isPresent()).toList();
        for (int i = 0; i < seated.size(); i++) {
            int start = 100 + random.nextInt(500);
            boolean exportsBefore = random.nextInt(5) == 0;
            if (i % 8 != 7) {
                answer(before.id(), seated.get(i), start, exportsBefore, 2 + random.nextInt(2));
            }
            if (i % 5 != 4) {
                answer(after.id(), seated.get(i), start + random.nextInt(start / 2 + 1), exportsBefore || random.nextInt(5) == 0,
                        3 + random.nextInt(3));
            }
        }
        surveys.moveWindow(Long.parseLong(before.id()), new SurveyWindowRequest(null, null));
        surveys.moveWindow(Long.parseLong(after.id()), new SurveyWindowRequest(null, null));
        for (long activityId : upcoming) {
            surveys.attach(activityId, new AttachSurveyRequest(baseline, null, null, null));
            surveys.attach(activityId, new AttachSurveyRequest(endline, null, null, null));
        }

        milestones(accelerator, cohort, managerId, crowd, today, random);
    }

    private void milestones(long accelerator, long cohort, long managerId, List<User> crowd, LocalDate today, Random random) {
        String[][] catalogue = {
                {"coaching_plan", "Coaching plan agreed", "Plan de coaching convenu", "Plan de coaching acordado"},
                {"store_live", "Store live on a platform", "Boutique en ligne ouverte", "Tienda en línea abierta"},
                {"first_sale", "First online sale", "Première vente en ligne", "Primera venta en línea"},
                {"first_export", "First export order", "Première commande à l'export", "Primer pedido de exportación"},
                {"deal_signed", "Deal signed", "Contrat signé", "Acuerdo firmado"}};
        List<MilestoneDto> reached = java.util.Arrays.stream(catalogue).map(m -> milestones.add(accelerator, new MilestoneRequest(
                m[0], new LocalizedText(m[1], m[2], m[3]), null))).toList();
        indicators.create(accelerator, new IndicatorRequest("smes_selling_online", new LocalizedText("SMEs selling online",
                "PME qui vendent en ligne", "PYME que venden en línea"), IndicatorUnit.COUNT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.MILESTONE, null, null, reached.get(2).id(), null, true,
                List.of(target(today, 60, null, null))));
        indicators.create(accelerator, new IndicatorRequest("smes_exporting", new LocalizedText("SMEs with a first export order",
                "PME avec une première commande à l'export", "PYME con un primer pedido de exportación"), IndicatorUnit.COUNT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.MILESTONE, null, null, reached.get(3).id(), null, true,
                List.of(target(today, 25, Gender.FEMALE, null))));
        Activity activity = activities.visible(cohort, true);
        List<User> smes = crowd.stream().filter(u -> enrolments.seatOf(cohort, u.id()).isPresent()).toList();
        for (int i = 0; i < smes.size(); i++) {
            int steps = random.nextInt(5);
            for (int step = 0; step < steps; step++) {
                boolean ownReport = step == steps - 1 && i % 9 == 0;
                milestones.record(activity, ownReport ? smes.get(i).id() : managerId, !ownReport, new MilestoneRecordRequest(
                        reached.get(step).id(), ownReport ? null : smes.get(i).id().toString(),
                        today.minusDays(50L - step * 10L), ownReport ? "Screenshot of the order confirmation" : null));
            }
        }
    }

    private void answer(String surveyId, User person, int sales, boolean exports, int confidence) {
        surveys.respond(Long.parseLong(surveyId), person.id(), Map.of("sales", sales, "exports", exports, "confidence", confidence));
    }

    private void participation(long programmeId, String code, String en, String fr, String es, ParticipationMeasure measure,
                               List<TargetDto> targets) {
        indicators.create(programmeId, new IndicatorRequest(code, new LocalizedText(en, fr, es), IndicatorUnit.COUNT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.PARTICIPATION, measure, null, null, null, true, targets));
    }

    private static TargetDto target(LocalDate today, double value, Gender gender, CountryGroup group) {
        return new TargetDto(null, today.minusYears(2), today.plusYears(2), value, gender, group);
    }
}
