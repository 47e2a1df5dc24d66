package org.etradecampus.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.etradecampus.account.Role;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.PageDto;

import java.net.URI;

@Controller
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController implements UserApi {

    private final UserService users;
    private final CurrentUser currentUser;

    UserController(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public PageDto<UserDto> list(@Nullable String q, @Nullable Role role, int page, int size) {
        return users.search(q, role, page, size);
    }

    @Override
    @Secured({"MANAGER", "ADMIN"})
    public PageDto<StaffDto> staff(@Nullable Role role, @Nullable String q, int page, int size) {
        return users.staff(role, q, page, size);
    }

    @Override
    public HttpResponse<UserDto> create(CreateUserRequest request) {
        User user = users.create(request.email(), request.password(), request.displayName(), request.locale(),
                request.roles());
        return HttpResponse.created(users.toDto(user, users.roles(user.id())), URI.create("/api/users/" + user.publicId()));
    }

    @Override
    public UserDto get(String id) {
        long userId = CurrentUser.parseId(id);
        return users.toDto(users.get(userId), users.roles(userId));
    }

    @Override
    public UserDto changeRoles(String id, ChangeRolesRequest request) {
        return users.changeRoles(currentUser.id(), CurrentUser.parseId(id), request.roles());
    }

    @Override
    public UserDto disable(String id) {
        return users.setEnabled(currentUser.id(), CurrentUser.parseId(id), false);
    }

    @Override
    public UserDto enable(String id) {
        return users.setEnabled(currentUser.id(), CurrentUser.parseId(id), true);
    }
}
