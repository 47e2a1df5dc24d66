package org.etradecampus.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.community.CommunityNames;
import org.etradecampus.user.UserService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DirectoryController implements DirectoryApi {

    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final UserService users;
    private final CommunityNames communities;

    DirectoryController(DirectoryService directory, CurrentUser currentUser, UserService users, CommunityNames communities) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.users = users;
        this.communities = communities;
    }

    @Override
    public ListingDto myListing() {
        return directory.mine(currentUser.id());
    }

    @Override
    public ListingDto saveListing(ListingRequest request) {
        return directory.save(currentUser.id(), request);
    }

    @Override
    public HttpResponse<Void> deleteListing() {
        directory.delete(currentUser.id());
        return HttpResponse.noContent();
    }

    @Override
    public ListingDto saveLogo(CompletedFileUpload file) {
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "is required", "validation.required");
        }
        try {
            return directory.saveLogo(currentUser.id(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ListingDto deleteLogo() {
        return directory.deleteLogo(currentUser.id());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<byte[]> logo(String id) {
        DirectoryService.Logo logo = directory.logo(CurrentUser.parseId(id));
        return HttpResponse.ok(logo.bytes()).contentType(logo.type()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Security-Policy", "default-src 'none'");
    }

    @Override
    public PageDto<DirectoryEntryDto> search(@Nullable String q, @Nullable String sector, @Nullable String country,
                                             @Nullable String region, @Nullable Boolean womenLed, @Nullable Seeking seeks,
                                             @Nullable Integer page, @Nullable Integer size) {
        return directory.search(q, sector, country, region, womenLed, seeks, page == null ? 0 : page, size == null ? 20 : size,
                language(), currentUser.id());
    }

    @Override
    public DirectoryEntryDto entry(String id) {
        return directory.entry(CurrentUser.parseId(id), language(), currentUser.id());
    }

    @Override
    public HttpResponse<ContactRequestDto> contact(String id, ContactRequest request) {
        ContactRequestDto sent = directory.contact(currentUser.id(), CurrentUser.parseId(id), request.message());
        return HttpResponse.created(sent, URI.create("/api/contact-requests/" + sent.id()));
    }

    @Override
    public List<ContactRequestDto> contactRequests(@Nullable Boolean sent) {
        return directory.requests(currentUser.id(), Boolean.TRUE.equals(sent));
    }

    @Override
    public ContactRequestDto reply(String id, ContactRequest request) {
        return directory.reply(currentUser.id(), CurrentUser.parseId(id), request.message());
    }

    @Override
    public NetworkStatsDto stats() {
        if (!currentUser.managesActivities()) {
            throw new ForbiddenException("Managers and administrators see the network's figures.", "problem.forbidden");
        }
        return directory.stats(language(), communities.byId());
    }

    private String language() {
        return users.get(currentUser.id()).locale();
    }
}
