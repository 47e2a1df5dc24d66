package org.etradecampus.course;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Text;
import org.etradecampus.config.Secrets;
import org.etradecampus.storage.FileStorage;
import org.etradecampus.enrolment.EnrolmentService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Modules and lessons in order, and the lessons each participant has done. */
@Singleton
class CourseService {

    private final CourseRepository modules;
    private final LessonRepository lessons;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final LessonResourceRepository resources;
    private final FileStorage storage;
    private final ApplicationEventPublisher<LessonsChanged> events;
    private final Clock clock;

    CourseService(CourseRepository modules, LessonRepository lessons, ActivityService activities, EnrolmentService enrolments,
                  LessonResourceRepository resources, FileStorage storage, ApplicationEventPublisher<LessonsChanged> events,
                  Clock clock) {
        this.resources = resources;
        this.storage = storage;
        this.modules = modules;
        this.lessons = lessons;
        this.activities = activities;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /** For someone holding a seat, with what she did; for the activity's trainers and managers, without. */
    CourseDto course(long activityId, long userId, boolean runner) {
        activities.visible(activityId, runner);
        Optional<Long> seat = enrolments.seatOf(activityId, userId);
        if (!runner && seat.isEmpty()) {
            throw new ForbiddenException("The course is for those holding a seat.", "course.no-seat");
        }
        Map<Long, Instant> done = seat.isEmpty() ? Map.of() : modules.doneBy(activityId, userId).stream()
                .collect(Collectors.toMap(CourseRepository.Done::lessonId, CourseRepository.Done::doneAt));
        Map<Long, List<Lesson>> byModule = lessons.ofActivity(activityId).stream().collect(Collectors.groupingBy(Lesson::moduleId));
        Map<Long, List<ResourceDto>> files = resources.ofActivity(activityId).stream().collect(Collectors.groupingBy(
                LessonResource::lessonId, Collectors.mapping(LessonResource::toDto, Collectors.toList())));
        List<ModuleDto> all = modules.modules(activityId).stream().map(m -> new ModuleDto(Long.toString(m.id()),
                Long.toString(activityId), m.position(), m.title(), byModule.getOrDefault(m.id(), List.of()).stream()
                .map(l -> toDto(l, done.get(l.id()), files.getOrDefault(l.id(), List.of()))).toList())).toList();
        int total = all.stream().mapToInt(m -> m.lessons().size()).sum();
        int finished = (int) all.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.doneAt() != null).count();
        Double progress = seat.isEmpty() ? null : total == 0 ? 0.0 : (double) finished / total;
        return new CourseDto(Long.toString(activityId), all, total, finished, progress);
    }

    @Transactional
    ModuleDto addModule(long activityId, ModuleRequest request) {
        modules.lockModules(activityId);
        int position = placeModule(activityId, request.position(), -1);
        CourseModule saved = modules.save(new CourseModule(null, activityId, position, request.title().strip()));
        return new ModuleDto(Long.toString(saved.id()), Long.toString(activityId), position, saved.title(), List.of());
    }

    @Transactional
    ModuleDto updateModule(long moduleId, ModuleRequest request) {
        CourseModule current = module(moduleId);
        modules.lockModules(current.activityId());
        int position = request.position() == null ? current.position() : placeModule(current.activityId(), request.position(), moduleId);
        CourseModule saved = modules.update(new CourseModule(moduleId, current.activityId(), position, request.title().strip()));
        return new ModuleDto(Long.toString(moduleId), Long.toString(saved.activityId()), position, saved.title(),
                lessons.ofActivity(saved.activityId()).stream().filter(l -> l.moduleId() == moduleId)
                        .map(l -> toDto(l, null, List.of())).toList());
    }

    @Transactional
    void deleteModule(long moduleId) {
        module(moduleId);
        if (lessons.countByModuleId(moduleId) > 0) {
            throw new ConflictException("Move or delete its lessons first.", "course.module-not-empty", List.of());
        }
        modules.deleteById(moduleId);
    }

    @Transactional
    LessonDto addLesson(long moduleId, LessonRequest request) {
        CourseModule module = module(moduleId);
        modules.lockModules(module.activityId());
        int position = placeLesson(moduleId, request.position(), -1);
        Lesson saved = lessons.save(lesson(null, module, position, request));
        if (saved.required()) {
            events.publishEvent(new LessonsChanged(module.activityId()));
        }
        return toDto(saved, null, List.of());
    }

    @Transactional
    LessonDto updateLesson(long lessonId, LessonRequest request) {
        Lesson current = lesson(lessonId);
        CourseModule module = module(current.moduleId());
        modules.lockModules(module.activityId());
        int position = request.position() == null ? current.position() : placeLesson(module.id(), request.position(), lessonId);
        Lesson saved = lessons.update(lesson(lessonId, module, position, request));
        events.publishEvent(new LessonsChanged(module.activityId()));
        return toDto(saved, null, resources.ofActivity(module.activityId()).stream().filter(r -> r.lessonId() == lessonId)
                .map(LessonResource::toDto).toList());
    }

    @Transactional
    void deleteLesson(long lessonId) {
        Lesson current = lesson(lessonId);
        if (resources.countByLessonId(lessonId) > 0) {
            throw new ConflictException("Delete its files first.", "course.lesson-has-files", List.of());
        }
        lessons.deleteById(lessonId);
        events.publishEvent(new LessonsChanged(current.activityId()));
    }

    @Transactional
    CourseDto markDone(long lessonId, long userId, boolean done) {
        Lesson lesson = lesson(lessonId);
        long enrolmentId = enrolments.seatOf(lesson.activityId(), userId)
                .orElseThrow(() -> new ForbiddenException("The course is for those holding a seat.", "course.no-seat"));
        if (done) {
            modules.markDone(lessonId, userId, lesson.activityId(), enrolmentId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        } else {
            modules.markNotDone(lessonId, userId);
        }
        events.publishEvent(new LessonsChanged(lesson.activityId()));
        return course(lesson.activityId(), userId, false);
    }

    /** Stores the file first, then its row: a failed write leaves no row pointing at nothing. */
    ResourceDto addResource(long lessonId, String fileName, byte[] bytes) {
        Lesson lesson = lesson(lessonId);
        String name = Text.blankToNull(fileName) == null ? "file" : fileName.strip();
        String type = ResourceTypes.of(name, bytes).orElseThrow(() -> new ValidationException("file",
                "must be a PDF, PNG, JPEG, Word, Excel, PowerPoint, text or CSV file whose content matches its name",
                "course.file-type"));
        String key = Secrets.randomToken(24);
        storage.put(key, bytes);
        return resources.save(new LessonResource(null, lessonId, lesson.activityId(), name.length() > 255 ? name.substring(0, 255) : name,
                type, bytes.length, key, clock.instant().truncatedTo(ChronoUnit.SECONDS))).toDto();
    }

    /** The file and what it is, for those holding a seat and those running the activity. */
    Download download(long resourceId, long userId, boolean runner) {
        LessonResource resource = resource(resourceId);
        if (!runner && enrolments.seatOf(resource.activityId(), userId).isEmpty()) {
            throw new NotFoundException("No such file.");
        }
        byte[] bytes = storage.get(resource.storageKey()).orElseThrow(() -> new NotFoundException("The file is missing from storage."));
        return new Download(resource.fileName(), resource.contentType(), bytes);
    }

    record Download(String fileName, String contentType, byte[] bytes) {
    }

    @Transactional
    void deleteResource(long resourceId) {
        LessonResource resource = resource(resourceId);
        resources.deleteById(resourceId);
        storage.delete(resource.storageKey());
    }

    long activityOfResource(long resourceId) {
        return resource(resourceId).activityId();
    }

    private LessonResource resource(long resourceId) {
        return resources.findById(resourceId).orElseThrow(() -> new NotFoundException("No such file."));
    }

    long activityOfModule(long moduleId) {
        return module(moduleId).activityId();
    }

    long activityOfLesson(long lessonId) {
        return lesson(lessonId).activityId();
    }

    private int placeModule(long activityId, @Nullable Integer wanted, long except) {
        int last = modules.lastModulePosition(activityId);
        int position = wanted == null || wanted > last ? last + 1 : wanted;
        modules.shiftModules(activityId, position, except);
        return position;
    }

    private int placeLesson(long moduleId, @Nullable Integer wanted, long except) {
        int last = lessons.lastPosition(moduleId);
        int position = wanted == null || wanted > last ? last + 1 : wanted;
        lessons.shift(moduleId, position, except);
        return position;
    }

    private static Lesson lesson(@Nullable Long id, CourseModule module, int position, LessonRequest request) {
        return new Lesson(id, module.id(), module.activityId(), position, request.title().strip(), Text.blankToNull(request.body()),
                Text.blankToNull(request.videoUrl()), Boolean.TRUE.equals(request.required()));
    }

    private CourseModule module(long moduleId) {
        return modules.findById(moduleId).orElseThrow(() -> new NotFoundException("No such module."));
    }

    private Lesson lesson(long lessonId) {
        return lessons.findById(lessonId).orElseThrow(() -> new NotFoundException("No such lesson."));
    }

    private static LessonDto toDto(Lesson l, @Nullable Instant doneAt, List<ResourceDto> files) {
        return new LessonDto(Long.toString(l.id()), Long.toString(l.moduleId()), l.position(), l.title(), l.body(), l.videoUrl(),
                l.required(), doneAt, files);
    }
}
