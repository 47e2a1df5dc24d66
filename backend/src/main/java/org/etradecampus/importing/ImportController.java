package org.etradecampus.importing;

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
import org.etradecampus.common.PageDto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

@Controller
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController implements ImportApi {

    static final String TEMPLATE = "email,name,country,gender,business_name,sector,women_led,women_owned,employees,language\r\n"
            + "amina.diallo@example.org,Amina Diallo,SN,FEMALE,Dakar Digital Crafts,Handicrafts,yes,yes,4,fr\r\n";

    private final ImportService imports;
    private final ActivityAccess access;
    private final CurrentUser currentUser;

    ImportController(ImportService imports, ActivityAccess access, CurrentUser currentUser) {
        this.imports = imports;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> template() {
        return HttpResponse.ok(TEMPLATE).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"participants-template.csv\"");
    }

    @Override
    public HttpResponse<ImportDto> upload(String id, CompletedFileUpload file) {
        long activityId = CurrentUser.parseId(id);
        access.requireManager(activityId);
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "is required: a CSV or XLSX file", "validation.required");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportDto checked = imports.upload(activityId, currentUser.id(), file.getFilename() == null ? "upload" : file.getFilename(),
                bytes);
        return HttpResponse.created(checked, URI.create("/api/imports/" + checked.id()));
    }

    @Override
    public ImportDto get(String id) {
        long importId = CurrentUser.parseId(id);
        access.requireManager(imports.activityOf(importId));
        return imports.get(importId);
    }

    @Override
    public PageDto<ImportRowDto> rows(String id, boolean invalidOnly, int page, int size) {
        long importId = CurrentUser.parseId(id);
        access.requireManager(imports.activityOf(importId));
        return imports.rows(importId, invalidOnly, page, size);
    }

    @Override
    public HttpResponse<ImportDto> confirm(String id) {
        long importId = CurrentUser.parseId(id);
        access.requireManager(imports.activityOf(importId));
        return HttpResponse.accepted().body(imports.confirm(importId));
    }
}
