package org.etradecampus.outcome;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.Text;
import org.etradecampus.programme.ProgrammeService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A programme's indicators. What is measured decides which settings it needs (see
 * {@link IndicatorRequest}); once survey answers feed an indicator, how it is measured is fixed.
 */
@Singleton
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorTargetRepository targets;
    private final MilestoneRepository milestones;
    private final ProgrammeService programmes;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, IndicatorTargetRepository targets, MilestoneRepository milestones,
                     ProgrammeService programmes, Clock clock) {
        this.indicators = indicators;
        this.targets = targets;
        this.milestones = milestones;
        this.programmes = programmes;
        this.clock = clock;
    }

    public List<IndicatorDto> ofProgramme(long programmeId) {
        return toDtos(indicators.ofProgramme(programmeId));
    }

    /** The programme's indicators by id, for surveys that map questions to them. */
    public Map<Long, IndicatorDto> byId(long programmeId) {
        return ofProgramme(programmeId).stream().collect(Collectors.toMap(i -> Long.parseLong(i.id()), i -> i));
    }

    public IndicatorDto get(long id) {
        return toDtos(List.of(find(id))).get(0);
    }

    public long programmeOf(long indicatorId) {
        return find(indicatorId).programmeId();
    }

    @Transactional
    public IndicatorDto create(long programmeId, IndicatorRequest request) {
        programmes.get(programmeId);
        check(programmeId, request);
        if (indicators.findByProgrammeIdAndCode(programmeId, request.code()).isPresent()) {
            throw codeTaken();
        }
        Instant now = clock.instant();
        Indicator saved = indicators.save(entity(null, programmeId, request, now, now));
        saveTargets(saved.id(), request.targets());
        return get(saved.id());
    }

    @Transactional
    public IndicatorDto update(long id, IndicatorRequest request) {
        Indicator current = indicators.lock(id).orElseThrow(IndicatorService::notFound);
        check(current.programmeId(), request);
        if (indicators.findByProgrammeIdAndCode(current.programmeId(), request.code()).filter(i -> !i.id().equals(id)).isPresent()) {
            throw codeTaken();
        }
        boolean measuredAlike = current.source() == request.source() && current.aggregation() == request.aggregation()
                && current.unit() == request.unit();
        if (!measuredAlike && indicators.countQuestions(id) + indicators.countAnswers(id) > 0) {
            throw new ConflictException("Survey questions feed this indicator: its source, unit and aggregation are fixed.",
                    "outcome.indicator-in-use", List.of());
        }
        indicators.update(entity(id, current.programmeId(), request, current.createdAt(), clock.instant()));
        targets.deleteOf(id);
        saveTargets(id, request.targets());
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        indicators.lock(id).orElseThrow(IndicatorService::notFound);
        if (indicators.countQuestions(id) + indicators.countAnswers(id) > 0) {
            throw new ConflictException("Survey questions or answers refer to this indicator.", "outcome.indicator-in-use",
                    List.of());
        }
        targets.deleteOf(id);
        indicators.deleteById(id);
    }

    Indicator find(long id) {
        return indicators.findById(id).orElseThrow(IndicatorService::notFound);
    }

    List<Indicator> entitiesOf(long programmeId) {
        return indicators.ofProgramme(programmeId);
    }

    List<IndicatorDto> toDtos(List<Indicator> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TargetDto>> byIndicator = targets.ofIndicators(found.stream().map(Indicator::id).toList()).stream()
                .collect(Collectors.groupingBy(IndicatorTarget::indicatorId,
                        Collectors.mapping(IndicatorService::toDto, Collectors.toList())));
        return found.stream().map(i -> new IndicatorDto(i.id().toString(), Long.toString(i.programmeId()), i.code(),
                new LocalizedText(i.nameEn(), i.nameFr(), i.nameEs()), i.unit(), i.currency(), i.direction(), i.source(),
                i.measure(), i.aggregation(), i.milestoneId() == null ? null : i.milestoneId().toString(), i.baseline(),
                i.cumulative(), byIndicator.getOrDefault(i.id(), List.of()))).toList();
    }

    private static TargetDto toDto(IndicatorTarget t) {
        return new TargetDto(t.id().toString(), t.periodFrom(), t.periodTo(), t.targetValue(), t.gender(), t.countryGroup());
    }

    private void saveTargets(long indicatorId, Collection<TargetDto> sent) {
        if (sent != null) {
            sent.forEach(t -> targets.save(new IndicatorTarget(null, indicatorId, t.from(), t.to(), t.value(), t.gender(),
                    t.countryGroup())));
        }
    }

    private static Indicator entity(Long id, long programmeId, IndicatorRequest r, Instant createdAt, Instant updatedAt) {
        return new Indicator(id, programmeId, r.code(), r.name().en().strip(), Text.blankToNull(r.name().fr()),
                Text.blankToNull(r.name().es()), r.unit(), r.unit() == IndicatorUnit.CURRENCY ? r.currency() : null,
                r.direction(), r.source(), r.source() == IndicatorSource.PARTICIPATION ? r.measure() : null,
                r.source() == IndicatorSource.SURVEY ? r.aggregation() : null,
                r.source() == IndicatorSource.MILESTONE ? Long.valueOf(r.milestoneId()) : null, r.baseline(), r.cumulative(),
                createdAt, updatedAt);
    }

    /** Every problem with the request at once, each naming its field. */
    private void check(long programmeId, IndicatorRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.unit() == IndicatorUnit.CURRENCY) {
            if (r.currency() == null) {
                errors.add(new FieldError("currency", "is required for a CURRENCY indicator", "validation.required"));
            } else if (!isCurrency(r.currency())) {
                errors.add(new FieldError("currency", "is not an ISO 4217 currency code", "outcome.unknown-currency"));
            }
        }
        switch (r.source()) {
            case PARTICIPATION -> {
                if (r.measure() == null) {
                    errors.add(new FieldError("measure", "is required for a PARTICIPATION indicator", "validation.required"));
                } else if (r.unit() != (r.measure() == ParticipationMeasure.WOMEN_SHARE ? IndicatorUnit.PERCENT : IndicatorUnit.COUNT)) {
                    errors.add(new FieldError("unit", r.measure() == ParticipationMeasure.WOMEN_SHARE ? "must be PERCENT for WOMEN_SHARE"
                            : "must be COUNT for " + r.measure(), "outcome.unit-mismatch"));
                }
            }
            case SURVEY -> {
                if (r.aggregation() == null) {
                    errors.add(new FieldError("aggregation", "is required for a SURVEY indicator", "validation.required"));
                } else if (!fits(r.aggregation(), r.unit())) {
                    errors.add(new FieldError("unit", "does not fit the aggregation " + r.aggregation(), "outcome.unit-mismatch"));
                }
            }
            case MILESTONE -> {
                Long milestoneId = r.milestoneId() == null ? null : CurrentUser.parseIdOrNull(r.milestoneId());
                if (r.milestoneId() == null) {
                    errors.add(new FieldError("milestoneId", "is required for a MILESTONE indicator", "validation.required"));
                } else if (milestoneId == null || milestones.findById(milestoneId).filter(m -> m.programmeId() == programmeId).isEmpty()) {
                    errors.add(new FieldError("milestoneId", "is not a milestone of this programme", "outcome.unknown-milestone"));
                } else if (r.unit() != IndicatorUnit.COUNT) {
                    errors.add(new FieldError("unit", "must be COUNT: SMEs that reached the milestone", "outcome.unit-mismatch"));
                }
            }
        }
        List<TargetDto> sent = r.targets() == null ? List.of() : r.targets();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).to().isBefore(sent.get(i).from())) {
                errors.add(new FieldError("targets[" + i + "].to", "must not be before from", "validation.date-order"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean fits(SurveyAggregation aggregation, IndicatorUnit unit) {
        return switch (aggregation) {
            case SHARE_YES -> unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.YES_NO;
            case COUNT_YES -> unit == IndicatorUnit.COUNT;
            case MEAN, SUM -> unit != IndicatorUnit.YES_NO;
        };
    }

    private static boolean isCurrency(String code) {
        try {
            return Objects.equals(Currency.getInstance(code).getCurrencyCode(), code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ConflictException codeTaken() {
        return new ConflictException("Another indicator of this programme has this code.", "outcome.code-taken",
                List.of(new FieldError("code", "is taken by another indicator of this programme", "outcome.code-taken")));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such indicator.");
    }
}
