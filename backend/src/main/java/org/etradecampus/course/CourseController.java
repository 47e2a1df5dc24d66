package org.etradecampus.course;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.activity.ActivityAccess;
import org.etradecampus.common.CurrentUser;

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
}
