package org.etradecampus.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class ProfileIT {

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Test
    void aParticipantFillsHerProfile() {
        String token = signedIn(aParticipant());
        ProfileDto profile = new ProfileDto("NA", Gender.FEMALE, "Kalahari Crafts", "Handicrafts", BusinessStage.GROWTH,
                true, true, 4, List.of(SalesChannel.MARKETPLACE, SalesChannel.SOCIAL_MEDIA), false);

        MeDto saved = api.put("/api/me/profile", profile, token, MeDto.class);

        assertEquals(profile, saved.profile());
        assertEquals(profile, api.get("/api/me", token, MeDto.class).profile());
    }

    @Test
    void startsWithAnEmptyProfileAndCanClearFields() {
        String token = signedIn(aParticipant());
        assertEquals(ProfileDto.empty(), api.get("/api/me", token, MeDto.class).profile());

        api.put("/api/me/profile", Map.of("countryCode", "NP", "businessName", "Himalayan Tea"), token, MeDto.class);
        MeDto cleared = api.put("/api/me/profile", Map.of("countryCode", "NP"), token, MeDto.class);

        assertEquals("NP", cleared.profile().countryCode());
        assertNull(cleared.profile().businessName());
    }

    @Test
    void changesHerLanguageAndName() {
        String token = signedIn(aParticipant());

        MeDto me = api.put("/api/me/settings", new SettingsRequest("Amina D.", "es"), token, MeDto.class);

        assertEquals("es", me.locale());
        assertEquals("Amina D.", me.displayName());
    }

    @Test
    void namesTheFieldAtFault() {
        String token = signedIn(aParticipant());

        assertFieldRefused(token, Map.of("countryCode", "ZZ"), "countryCode", "validation.unknown-country");
        assertFieldRefused(token, Map.of("countryCode", "nepal"), "countryCode", "validation.invalid-value");
        assertFieldRefused(token, Map.of("gender", "WOMAN"), "gender", "validation.invalid-value");
        assertFieldRefused(token, Map.of("businessStage", 3), "businessStage", "validation.invalid-value");
        assertFieldRefused(token, Map.of("employees", "many"), "employees", "validation.invalid-type");
        assertFieldRefused(token, Map.of("womenLed", "perhaps"), "womenLed", "validation.invalid-type");
        assertFieldRefused(token, Map.of("exporting", 1), "exporting", "validation.invalid-type");
        assertFieldRefused(token, Map.of("employees", -1), "employees", "validation.out-of-range");
        assertFieldRefused(token, Map.of("employees", 99999999999999L), "employees", "validation.invalid-type");
        assertFieldRefused(token, Map.of("businessName", "x".repeat(201)), "businessName", "validation.size");
        assertFieldRefused(token, Map.of("onlineSalesChannels", List.of("MARKETPLACE", "Etsy")), "onlineSalesChannels[1]", "validation.invalid-value");
        assertFieldRefused(token, Map.of("onlineSalesChannels", List.of(Map.of("a", 1))), "onlineSalesChannels[0]", "validation.invalid-type");
        Problem settings = api.problem(400, () -> api.put("/api/me/settings", Map.of("displayName", "A", "locale", "de"), token, MeDto.class));
        assertEquals("locale", settings.errors().get(0).field());
    }

    @Test
    void reportsEveryFieldAtFaultAtOnce() {
        String token = signedIn(aParticipant());

        Problem problem = api.problem(400, () -> api.put("/api/me/profile", Map.of("countryCode", "XX", "employees", -1), token, MeDto.class));

        assertEquals(List.of("countryCode", "employees"), problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        String token = signedIn(aParticipant());
        api.put("/api/me/profile", Map.of("countryCode", "BD", "businessName", "Dhaka Weaves"), token, MeDto.class);

        api.problem(400, () -> api.put("/api/me/profile", Map.of("countryCode", "ZZ", "businessName", "Changed"), token, MeDto.class));

        assertEquals("Dhaka Weaves", api.get("/api/me", token, MeDto.class).profile().businessName());
    }

    @Test
    void needsASignedInCaller() {
        Problem problem = api.problem(401, () -> api.get("/api/me", null, MeDto.class));

        assertEquals("https://etradecampus.org/problems/unauthorized", problem.type());
    }

    private void assertFieldRefused(String token, Object body, String field, String messageKey) {
        Problem problem = api.problem(400, () -> api.put("/api/me/profile", body, token, MeDto.class));
        assertEquals(field, problem.errors().get(0).field(), () -> "for " + body + ": " + problem);
        assertEquals(messageKey, problem.errors().get(0).messageKey(), () -> "for " + body + ": " + problem);
    }

    private String signedIn(Accounts account) {
        auth.register(account.registration());
        return api.login(account.email(), account.password()).accessToken();
    }
}
