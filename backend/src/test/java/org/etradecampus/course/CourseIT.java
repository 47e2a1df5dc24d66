package org.etradecampus.course;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.common.Problem;
import org.etradecampus.completion.CertificateDto;
import org.etradecampus.completion.CompletionDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trainers build an online course; participants mark lessons done; required lessons complete it. */
@MicronautTest(transactional = false)
class CourseIT {

    @Inject
    Api api;

    Staff manager;
    Staff trainer;
    ActivityDto activity;
    String amina;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        trainer = api.staff(Role.TRAINER);
        activity = aMasterclass().ofType(ActivityType.ONLINE_COURSE).create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        amina = api.participant("FEMALE", "NP");
        api.post("/api/activities/" + activity.id() + "/enrolments", "", amina, EnrolmentDto.class);
    }

    @Test
    void trainersOrderModulesAndLessonsAndEmbedOnlyKnownVideos() {
        ModuleDto measuring = module("Measuring e-commerce", null);
        ModuleDto first = module("Why it matters", 1);
        LessonDto surveys = lesson(measuring, "Business surveys", null, false, null);
        LessonDto basics = lesson(measuring, "Definitions", "https://www.youtube.com/watch?v=abc123", true, 1);

        CourseDto course = api.get(path(), trainer.token(), CourseDto.class);
        Problem video = api.problem(400, () -> lessonRequest(measuring, "Bad", "https://evil.example.org/x.mp4"));
        Problem notEmpty = api.problem(409, () -> api.delete("/api/modules/" + measuring.id(), trainer.token()));

        assertEquals(List.of(first.id(), measuring.id()), course.modules().stream().map(ModuleDto::id).toList());
        assertEquals(List.of(basics.id(), surveys.id()), course.modules().get(1).lessons().stream().map(LessonDto::id).toList());
        assertEquals("https://www.youtube.com/watch?v=abc123", course.modules().get(1).lessons().get(0).videoUrl());
        assertNull(course.progress(), "staff have no progress of their own");
        assertEquals("videoUrl", video.errors().get(0).field());
        assertEquals("course.module-not-empty", notEmpty.messageKey());
        assertEquals(204, api.delete("/api/modules/" + first.id(), trainer.token()).code());
        api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/modules", new ModuleRequest("Mine", null), amina,
                ModuleDto.class));
        api.problem(403, () -> api.get(path(), api.participant("FEMALE", "IN"), CourseDto.class));
    }

    @Test
    void participantsMarkLessonsDoneAndSeeTheirProgress() {
        ModuleDto module = module("Module 1", null);
        LessonDto one = lesson(module, "One", null, false, null);
        lesson(module, "Two", null, false, null);

        CourseDto half = api.put("/api/lessons/" + one.id() + "/done", "", amina, CourseDto.class);
        CourseDto again = api.put("/api/lessons/" + one.id() + "/done", "", amina, CourseDto.class);
        CourseDto none = api.exchange(HttpRequest.DELETE("/api/lessons/" + one.id() + "/done").bearerAuth(amina), CourseDto.class).body();

        assertEquals(0.5, half.progress());
        assertNotNull(half.modules().get(0).lessons().get(0).doneAt());
        assertEquals(1, again.done(), "marking it again changes nothing");
        assertEquals(0.0, none.progress());
        api.problem(403, () -> api.put("/api/lessons/" + one.id() + "/done", "", api.participant("FEMALE", "IN"), CourseDto.class));
    }

    @Test
    void doingEveryRequiredLessonCompletesACourseWithoutSessions() {
        ModuleDto module = module("Module 1", null);
        LessonDto required1 = lesson(module, "Required 1", null, true, null);
        LessonDto required2 = lesson(module, "Required 2", null, true, null);
        lesson(module, "Optional", null, false, null);

        api.put("/api/lessons/" + required1.id() + "/done", "", amina, CourseDto.class);
        assertFalse(hers().completed(), "one required lesson left");
        api.put("/api/lessons/" + required2.id() + "/done", "", amina, CourseDto.class);
        CompletionDto completed = hers();
        api.exchange(HttpRequest.DELETE("/api/lessons/" + required2.id() + "/done").bearerAuth(amina), CourseDto.class);

        assertTrue(completed.completed());
        assertNotNull(completed.certificateCode());
        assertFalse(hers().completed(), "taking a lesson back takes the completion back");
        assertFalse(api.get("/api/certificates/" + completed.certificateCode(), null, CertificateDto.class).valid());
    }

    @Test
    void lessonsCarryFilesOfKnownKindsThatOnlyTheClassDownloads() {
        ModuleDto module = module("Module 1", null);
        LessonDto lesson = lesson(module, "Reading", null, false, null);
        byte[] pdf = "%PDF-1.4\n% a handout\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        ResourceDto stored = api.upload("/api/lessons/" + lesson.id() + "/resources", "Guide pratique (FR).pdf", pdf, trainer.token(),
                ResourceDto.class).body();
        HttpResponse<byte[]> download = api.exchange(HttpRequest.GET("/api/resources/" + stored.id()).bearerAuth(amina)
                .accept("application/pdf"), byte[].class);
        Problem disguised = api.problem(400, () -> api.upload("/api/lessons/" + lesson.id() + "/resources", "notes.pdf",
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8), trainer.token(), ResourceDto.class));
        Problem program = api.problem(400, () -> api.upload("/api/lessons/" + lesson.id() + "/resources", "setup.exe", pdf,
                trainer.token(), ResourceDto.class));
        Problem hasFiles = api.problem(409, () -> api.delete("/api/lessons/" + lesson.id(), trainer.token()));

        assertEquals("application/pdf", stored.contentType());
        assertEquals(pdf.length, stored.sizeBytes());
        assertEquals(List.of(stored), api.get(path(), amina, CourseDto.class).modules().get(0).lessons().get(0).resources());
        assertArrayEquals(pdf, download.body());
        assertTrue(download.getContentType().orElseThrow().toString().startsWith("application/pdf"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"), download.header("Content-Disposition"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertEquals("course.file-type", disguised.errors().get(0).messageKey());
        assertEquals("file", program.errors().get(0).field());
        assertEquals("course.lesson-has-files", hasFiles.messageKey());
        api.problem(404, () -> api.exchange(HttpRequest.GET("/api/resources/" + stored.id())
                .bearerAuth(api.participant("FEMALE", "IN")), byte[].class));
        api.problem(403, () -> api.upload("/api/lessons/" + lesson.id() + "/resources", "mine.pdf", pdf, amina, ResourceDto.class));
        assertEquals(204, api.delete("/api/resources/" + stored.id(), trainer.token()).code());
        api.problem(404, () -> api.exchange(HttpRequest.GET("/api/resources/" + stored.id()).bearerAuth(amina), byte[].class));
    }

    private CompletionDto hers() {
        return api.get("/api/activities/" + activity.id() + "/completions", trainer.token(), Argument.listOf(CompletionDto.class)).get(0);
    }

    private ModuleDto module(String title, Integer position) {
        return api.post("/api/activities/" + activity.id() + "/modules", new ModuleRequest(title, position), trainer.token(),
                ModuleDto.class).body();
    }

    private LessonDto lesson(ModuleDto module, String title, String video, boolean required, Integer position) {
        return api.post("/api/modules/" + module.id() + "/lessons", new LessonRequest(title, "**" + title + "**: read this.", video,
                required, position), trainer.token(), LessonDto.class).body();
    }

    private LessonDto lessonRequest(ModuleDto module, String title, String video) {
        return lesson(module, title, video, false, null);
    }

    private String path() {
        return "/api/activities/" + activity.id() + "/course";
    }
}
