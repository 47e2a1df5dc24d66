package org.etradecampus.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.etradecampus.auth.PasswordChange;
import org.etradecampus.common.ClientAddress;
import org.etradecampus.common.CurrentUser;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController implements MeApi {

    private final MeService me;
    private final CurrentUser currentUser;
    private final PasswordChange passwordChange;
    private final ClientAddress addresses;

    MeController(MeService me, CurrentUser currentUser, PasswordChange passwordChange,
                 ClientAddress addresses) {
        this.me = me;
        this.currentUser = currentUser;
        this.passwordChange = passwordChange;
        this.addresses = addresses;
    }

    @Override
    public MeDto me() {
        return me.me(currentUser.id());
    }

    @Override
    public MeDto updateProfile(ProfileDto profile) {
        return me.updateProfile(currentUser.id(), profile);
    }

    @Override
    public MeDto updateSettings(SettingsRequest settings) {
        return me.updateSettings(currentUser.id(), settings);
    }

    @Override
    public HttpResponse<Void> changePassword(ChangePasswordRequest request) {
        passwordChange.change(currentUser.id(), currentUser.sessionId(), request.currentPassword(), request.newPassword(),
                addresses.current());
        return HttpResponse.noContent();
    }
}
