package org.etradecampus.course;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ValidationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseController implements CourseApi {

    private final CourseService course;
    private final ActivityAccess access;
    private final CurrentUser currentUser;

    CourseController(CourseService course, ActivityAccess access, CurrentUser currentUser) {
        this.course = course;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public CourseDto course(String id) {
        long activityId = CurrentUser.parseId(id);
        return course.course(activityId, currentUser.id(), access.runs(activityId));
    }

    @Override
    public HttpResponse<ModuleDto> addModule(String id, ModuleRequest request) {
        long activityId = CurrentUser.parseId(id);
        access.requireRunner(activityId);
        ModuleDto created = course.addModule(activityId, request);
        return HttpResponse.created(created, URI.create("/api/modules/" + created.id()));
    }

    @Override
    public ModuleDto updateModule(String id, ModuleRequest request) {
        long moduleId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfModule(moduleId));
        return course.updateModule(moduleId, request);
    }

    @Override
    public HttpResponse<Void> deleteModule(String id) {
        long moduleId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfModule(moduleId));
        course.deleteModule(moduleId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<LessonDto> addLesson(String id, LessonRequest request) {
        long moduleId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfModule(moduleId));
        LessonDto created = course.addLesson(moduleId, request);
        return HttpResponse.created(created, URI.create("/api/lessons/" + created.id()));
    }

    @Override
    public LessonDto updateLesson(String id, LessonRequest request) {
        long lessonId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfLesson(lessonId));
        return course.updateLesson(lessonId, request);
    }

    @Override
    public HttpResponse<Void> deleteLesson(String id) {
        long lessonId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfLesson(lessonId));
        course.deleteLesson(lessonId);
        return HttpResponse.noContent();
    }

    @Override
    public CourseDto markDone(String id) {
        return course.markDone(CurrentUser.parseId(id), currentUser.id(), true);
    }

    @Override
    public CourseDto markNotDone(String id) {
        return course.markDone(CurrentUser.parseId(id), currentUser.id(), false);
    }

    @Override
    public HttpResponse<ResourceDto> addResource(String id, CompletedFileUpload file) {
        long lessonId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfLesson(lessonId));
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "is required", "validation.required");
        }
        try {
            ResourceDto stored = course.addResource(lessonId, file.getFilename(), file.getBytes());
            return HttpResponse.created(stored, URI.create("/api/resources/" + stored.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public HttpResponse<byte[]> resource(String id) {
        long resourceId = CurrentUser.parseId(id);
        CourseService.Download file = course.download(resourceId, currentUser.id(), access.runs(course.activityOfResource(resourceId)));
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(file.bytes()).contentType(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Override
    public HttpResponse<Void> deleteResource(String id) {
        long resourceId = CurrentUser.parseId(id);
        access.requireRunner(course.activityOfResource(resourceId));
        course.deleteResource(resourceId);
        return HttpResponse.noContent();
    }
}
