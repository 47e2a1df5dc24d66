package org.etradecampus.outcome;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.Text;
import org.etradecampus.enrolment.EnrolmentService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A programme's milestone catalogue, and the milestones the SMEs of its accelerator cohorts reach:
 * recorded by their coaches (the activity's trainers) and managers, or reported by an SME and
 * counted once a coach or manager validates it.
 */
@Singleton
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final MilestoneRecordRepository records;
    private final IndicatorRepository indicators;
    private final EnrolmentService enrolments;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, MilestoneRecordRepository records, IndicatorRepository indicators,
                     EnrolmentService enrolments, Clock clock) {
        this.milestones = milestones;
        this.records = records;
        this.indicators = indicators;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    List<MilestoneDto> catalogue(long programmeId) {
        return milestones.ofProgramme(programmeId).stream().map(MilestoneService::toDto).toList();
    }

    @Transactional
    public MilestoneDto add(long programmeId, MilestoneRequest request) {
        if (milestones.findByProgrammeIdAndCode(programmeId, request.code()).isPresent()) {
            throw codeTaken();
        }
        int position = request.position() == null ? milestones.lastPosition(programmeId) + 1 : request.position();
        return toDto(milestones.save(new Milestone(null, programmeId, request.code(), request.name().en().strip(),
                Text.blankToNull(request.name().fr()), Text.blankToNull(request.name().es()), position)));
    }

    @Transactional
    MilestoneDto update(long id, MilestoneRequest request) {
        Milestone current = find(id);
        if (milestones.findByProgrammeIdAndCode(current.programmeId(), request.code()).filter(m -> !m.id().equals(id)).isPresent()) {
            throw codeTaken();
        }
        int position = request.position() == null ? current.position() : request.position();
        return toDto(milestones.update(new Milestone(id, current.programmeId(), request.code(), request.name().en().strip(),
                Text.blankToNull(request.name().fr()), Text.blankToNull(request.name().es()), position)));
    }

    @Transactional
    void delete(long id) {
        find(id);
        if (milestones.countRecords(id) + indicators.countUsingMilestone(id) > 0) {
            throw new ConflictException("Records or indicators refer to this milestone.", "outcome.milestone-in-use", List.of());
        }
        milestones.deleteById(id);
    }

    Milestone find(long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("No such milestone."));
    }

    List<MilestoneRecordDto> records(long activityId, long userId, boolean coach) {
        return (coach ? records.ofActivity(activityId) : records.ofPerson(activityId, userId)).stream()
                .map(MilestoneService::toDto).toList();
    }

    /** A coach's or manager's record counts at once; an SME's own report waits for validation. */
    @Transactional
    public MilestoneRecordDto record(Activity activity, long callerId, boolean coach, MilestoneRecordRequest request) {
        if (activity.type() != ActivityType.ACCELERATOR_COHORT) {
            throw new ConflictException("Milestones are recorded in accelerator cohorts only.", "outcome.not-accelerator", List.of());
        }
        Long milestoneId = CurrentUser.parseIdOrNull(request.milestoneId());
        Milestone milestone = milestoneId == null ? null : milestones.findById(milestoneId)
                .filter(m -> m.programmeId() == activity.programmeId()).orElse(null);
        if (milestone == null) {
            throw new ValidationException("milestoneId", "is not a milestone of this programme", "outcome.unknown-milestone");
        }
        long sme = coach ? smeNamed(request.userId()) : callerId;
        if (!coach && request.userId() != null && !request.userId().equals(Long.toString(callerId))) {
            throw new ForbiddenException("Only her coaches and managers record milestones for an SME.", "problem.forbidden");
        }
        if (enrolments.seatOf(activity.id(), sme).isEmpty()) {
            throw new ValidationException("userId", "does not hold a seat in this activity", "outcome.not-enrolled");
        }
        if (request.achievedOn().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))) {
            throw new ValidationException("achievedOn", "must not be in the future", "outcome.future-date");
        }
        // A rejected record may be reported or recorded again, with new evidence; any other is there already.
        MilestoneRecord existing = records.findByMilestoneIdAndActivityIdAndUserId(milestone.id(), activity.id(), sme).orElse(null);
        if (existing != null && existing.status() != MilestoneStatus.REJECTED) {
            throw new ConflictException("This milestone is already recorded for this SME.", "outcome.milestone-recorded", List.of());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MilestoneRecord record = new MilestoneRecord(existing == null ? null : existing.id(), milestone.id(), activity.id(), sme,
                request.achievedOn(), Text.blankToNull(request.evidence()), coach ? MilestoneStatus.VALIDATED : MilestoneStatus.REPORTED,
                callerId, coach ? callerId : null, coach ? now : null, now);
        return listed((existing == null ? records.save(record) : records.update(record)).id());
    }

    @Transactional
    public MilestoneRecordDto decide(long recordId, long callerId, MilestoneStatus status) {
        MilestoneRecord current = findRecord(recordId);
        if (status == MilestoneStatus.REPORTED) {
            throw new ValidationException("status", "must be VALIDATED or REJECTED", "validation.invalid-value");
        }
        records.update(new MilestoneRecord(current.id(), current.milestoneId(), current.activityId(), current.userId(),
                current.achievedOn(), current.evidence(), status, current.recordedBy(), callerId,
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                current.createdAt()));
        return listed(recordId);
    }

    @Transactional
    void deleteRecord(long recordId, long callerId, boolean coach) {
        MilestoneRecord current = findRecord(recordId);
        if (!coach && !(current.userId() == callerId && current.status() == MilestoneStatus.REPORTED)) {
            throw new ForbiddenException("Only her coaches and managers remove a milestone once it is decided.", "problem.forbidden");
        }
        records.deleteById(recordId);
    }

    MilestoneRecord findRecord(long recordId) {
        return records.findById(recordId).orElseThrow(() -> new NotFoundException("No such milestone record."));
    }

    private MilestoneRecordDto listed(long recordId) {
        return records.listed(recordId).map(MilestoneService::toDto).orElseThrow();
    }

    private static long smeNamed(String userId) {
        if (userId == null) {
            throw new ValidationException("userId", "is required: the SME who reached the milestone", "validation.required");
        }
        Long id = CurrentUser.parseIdOrNull(userId);
        if (id == null) {
            throw new ValidationException("userId", "does not hold a seat in this activity", "outcome.not-enrolled");
        }
        return id;
    }

    private static MilestoneDto toDto(Milestone m) {
        return new MilestoneDto(m.id().toString(), Long.toString(m.programmeId()), m.code(),
                new LocalizedText(m.nameEn(), m.nameFr(), m.nameEs()), m.position());
    }

    private static MilestoneRecordDto toDto(MilestoneRecordRepository.Listed r) {
        return new MilestoneRecordDto(r.id().toString(), r.milestoneId().toString(), r.activityId().toString(),
                r.userId().toString(), r.displayName(), r.achievedOn(), r.evidence(), MilestoneStatus.valueOf(r.status()),
                r.selfReported() == 1, r.decidedAt());
    }

    private static ConflictException codeTaken() {
        return new ConflictException("Another milestone of this programme has this code.", "outcome.code-taken",
                List.of(new FieldError("code", "is taken by another milestone of this programme", "outcome.code-taken")));
    }
}
