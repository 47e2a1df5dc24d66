package org.etradecampus.outcome;

import jakarta.inject.Singleton;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.outcome.OutcomeRepository.Answers;
import org.etradecampus.report.ParticipationFiguresDto;
import org.etradecampus.report.ParticipationReports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Each indicator's figures over a scope (a programme, or one activity of it). Baseline: the one the
 * manager stated, else the mean (or sum, or share of yes) of the people's first BASELINE answers.
 * Latest: participation and milestones as they stand; for surveys, each respondent's latest later
 * answer. Targets are measured over their period (from the programme's start when the indicator is
 * cumulative), their gender and their country group. Survey periods are in UTC.
 */
@Singleton
class OutcomeFigures {

    private final OutcomeRepository figures;
    private final IndicatorService indicators;
    private final ParticipationReports reports;

    OutcomeFigures(OutcomeRepository figures, IndicatorService indicators, ParticipationReports reports) {
        this.figures = figures;
        this.indicators = indicators;
        this.reports = reports;
    }

    /** What the participation report's filters narrow the figures to; null where a filter is not set. */
    record Narrowing(Long activityId, ActivityType type, LocalDate from, LocalDate to, String region, String country) {

        static Narrowing to(Long activityId) {
            return new Narrowing(activityId, null, null, null, null, null);
        }
    }

    List<OutcomeDto> of(long programmeId, Narrowing narrowing) {
        List<Indicator> found = indicators.entitiesOf(programmeId);
        List<IndicatorDto> dtos = indicators.toDtos(found);
        // One participation query per scope serves every participation indicator measured over it.
        Map<Scope, Participation> participation = new HashMap<>();
        return IntStream.range(0, found.size())
                .mapToObj(i -> outcome(found.get(i), dtos.get(i), narrowing, participation)).toList();
    }

    private OutcomeDto outcome(Indicator indicator, IndicatorDto dto, Narrowing n, Map<Scope, Participation> participation) {
        Scope all = new Scope(n, n.from(), n.to(), null, null);
        FigureDto baseline = baseline(indicator, all);
        Measured now = measure(indicator, all, participation);
        FigureDto latest = now.value() == null ? null : new FigureDto(now.value(), now.people(), basis(indicator));
        Double change = baseline != null && latest != null ? latest.value() - baseline.value() : null;
        PairedDto paired = indicator.source() == IndicatorSource.SURVEY ? paired(indicator, all) : null;
        double from = baseline == null ? 0 : baseline.value();
        List<TargetProgressDto> targets = dto.targets().stream().map(target -> {
            // The target's own period, within the period asked for.
            LocalDate start = later(indicator.cumulative() ? null : target.from(), n.from());
            LocalDate end = earlier(target.to(), n.to());
            Measured inScope = measure(indicator, new Scope(n, start, end, target.gender(), target.countryGroup()), participation);
            Double progress = inScope.value() == null || target.value() == from ? null
                    : (inScope.value() - from) / (target.value() - from);
            return new TargetProgressDto(target, inScope.value(), inScope.people(), progress, start, end);
        }).toList();
        return new OutcomeDto(dto, baseline, latest, change, paired, targets);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private FigureDto baseline(Indicator indicator, Scope scope) {
        if (indicator.baseline() != null) {
            return new FigureDto(indicator.baseline(), null, FigureBasis.STATED);
        }
        if (indicator.source() != IndicatorSource.SURVEY) {
            return null;
        }
        Answers answers = figures.baseline(indicator.id(), scope.activityId(), scope.fromTime(), scope.toTime(), scope.gender(),
                scope.countryGroup(), scope.country(), scope.region(), scope.type());
        return answers.people() == 0 ? null
                : new FigureDto(fold(indicator.aggregation(), answers.mean(), answers.total()), answers.people(), FigureBasis.SURVEY_BASELINE);
    }

    private PairedDto paired(Indicator indicator, Scope scope) {
        OutcomeRepository.Paired paired = figures.paired(indicator.id(), scope.activityId(), scope.fromTime(), scope.toTime(),
                scope.gender(), scope.countryGroup(), scope.country(), scope.region(), scope.type());
        if (paired.people() == 0) {
            return null;
        }
        double before = fold(indicator.aggregation(), paired.beforeMean(), paired.beforeTotal());
        double after = fold(indicator.aggregation(), paired.afterMean(), paired.afterTotal());
        return new PairedDto(paired.people(), before, after, after - before);
    }

    /** The value in a scope, and the number of people it stands on; no value where nobody is counted yet. */
    private Measured measure(Indicator indicator, Scope scope, Map<Scope, Participation> participation) {
        long programmeId = indicator.programmeId();
        return switch (indicator.source()) {
            case SURVEY -> {
                Answers answers = figures.later(indicator.id(), scope.activityId(), scope.fromTime(), scope.toTime(),
                        scope.gender(), scope.countryGroup(), scope.country(), scope.region(), scope.type());
                yield answers.people() == 0 ? new Measured(null, 0)
                        : new Measured(fold(indicator.aggregation(), answers.mean(), answers.total()), answers.people());
            }
            case MILESTONE -> {
                long smes = figures.smes(programmeId, scope.activityId(), scope.gender(), scope.countryGroup(), scope.country(),
                        scope.region(), scope.type());
                long reached = figures.reached(indicator.milestoneId(), programmeId, scope.activityId(), scope.from(), scope.to(),
                        scope.gender(), scope.countryGroup(), scope.country(), scope.region(), scope.type());
                yield new Measured((double) reached, smes);
            }
            case PARTICIPATION -> {
                Participation p = participation.computeIfAbsent(scope, s -> participation(programmeId, s));
                yield new Measured(participation(indicator.measure(), p), p.everyone().registered());
            }
        };
    }

    /** Counted as the participation report counts (country groups as they stood at each activity's start), and for women alone. */
    private Participation participation(long programmeId, Scope s) {
        Narrowing n = s.narrowing();
        ParticipationFiguresDto everyone = reports.figures(programmeId, n.activityId(), n.type(), s.from(), s.to(), n.region(),
                n.country(), s.genderOf(), s.group());
        ParticipationFiguresDto women = s.genderOf() == null
                ? reports.figures(programmeId, n.activityId(), n.type(), s.from(), s.to(), n.region(), n.country(), Gender.FEMALE, s.group())
                : s.genderOf() == Gender.FEMALE ? everyone : new ParticipationFiguresDto(0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0);
        return new Participation(everyone, women);
    }

    private static Double participation(ParticipationMeasure measure, Participation p) {
        ParticipationFiguresDto all = p.everyone();
        return switch (measure) {
            case PARTICIPANTS_REGISTERED -> (double) all.registered();
            case PARTICIPANTS_ATTENDED -> (double) all.attended();
            case PARTICIPANTS_COMPLETED -> (double) all.completed();
            case WOMEN_REGISTERED -> (double) p.women().registered();
            case WOMEN_ATTENDED -> (double) p.women().attended();
            case WOMEN_COMPLETED -> (double) p.women().completed();
            case WOMEN_SHARE -> all.registered() == 0 ? null : 100.0 * p.women().registered() / all.registered();
            case COUNTRIES_REACHED -> (double) all.countries();
            case LDC_PARTICIPANTS -> (double) all.ldcParticipants();
            case LLDC_PARTICIPANTS -> (double) all.lldcParticipants();
            case SIDS_PARTICIPANTS -> (double) all.sidsParticipants();
        };
    }

    private record Participation(ParticipationFiguresDto everyone, ParticipationFiguresDto women) {
    }

    private static double fold(SurveyAggregation aggregation, Double mean, Double total) {
        return switch (aggregation) {
            case MEAN -> mean;
            case SUM, COUNT_YES -> total;
            case SHARE_YES -> mean * 100;
        };
    }

    private static FigureBasis basis(Indicator indicator) {
        return switch (indicator.source()) {
            case SURVEY -> FigureBasis.SURVEY_LATEST;
            case MILESTONE -> FigureBasis.MILESTONE;
            case PARTICIPATION -> FigureBasis.PARTICIPATION;
        };
    }

    private record Measured(Double value, long people) {
    }

    private record Scope(Narrowing narrowing, LocalDate from, LocalDate to, Gender genderOf, CountryGroup group) {

        Long activityId() {
            return narrowing.activityId();
        }

        String type() {
            return narrowing.type() == null ? null : narrowing.type().name();
        }

        String region() {
            return narrowing.region();
        }

        String country() {
            return narrowing.country();
        }

        Instant fromTime() {
            return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant toTime() {
            return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        String gender() {
            return genderOf == null ? null : genderOf.name();
        }

        String countryGroup() {
            return group == null ? null : group.name();
        }
    }
}
