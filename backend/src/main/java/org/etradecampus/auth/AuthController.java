package org.etradecampus.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.MeService;
import org.etradecampus.account.Role;
import org.etradecampus.common.ClientAddress;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.net.URI;
import java.util.Set;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthApi {

    private final AuthService auth;
    private final UserService users;
    private final MeService me;
    private final ClientAddress addresses;
    private final InvitationService invitations;

    AuthController(AuthService auth, UserService users, MeService me, ClientAddress addresses, InvitationService invitations) {
        this.invitations = invitations;
        this.auth = auth;
        this.users = users;
        this.me = me;
        this.addresses = addresses;
    }

    @Override
    public HttpResponse<MeDto> register(RegisterRequest request) {
        User user = users.create(request.email(), request.password(), request.displayName(), request.locale(),
                Set.of(Role.PARTICIPANT));
        return HttpResponse.created(me.me(user.id()), URI.create("/api/me"));
    }

    @Override
    public TokenResponse login(LoginRequest request) {
        return auth.login(request.username(), request.password(), addresses.current());
    }

    @Override
    public TokenResponse acceptInvitation(AcceptInvitationRequest request) {
        return invitations.accept(request.token(), request.password());
    }

    @Override
    public TokenResponse refresh(RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @Override
    public HttpResponse<Void> logout(RefreshRequest request) {
        auth.logout(request.refreshToken());
        return HttpResponse.noContent();
    }
}
