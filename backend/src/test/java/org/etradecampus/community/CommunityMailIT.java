package org.etradecampus.community;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.etradecampus.account.Role;
import org.etradecampus.mail.Mailer;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Inbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mails of communities, through a real SMTP server: announcement digests (once per announcement,
 * never to those who switched them off) and alumnae invitations.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityMailIT implements TestPropertyProvider {

    Inbox inbox = new Inbox();

    @Inject
    Api api;

    @Inject
    Mailer mailer;

    @Inject
    CommunityDigests digests;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(inbox.start());
        properties.put("campus.communities.digest-every", "0s");
        return properties;
    }

    @AfterAll
    void stop() {
        inbox.stop();
    }

    @Test
    void membersGetEachVisibleAnnouncementOnceInTheirLanguageUnlessTheySwitchedDigestsOff() {
        String manager = api.staff(Role.MANAGER).token();
        CommunityDto community = api.post("/api/communities", new CommunityRequest("Digest " + System.nanoTime(), null, null,
                JoinPolicy.OPEN), manager, CommunityDto.class).body();
        Accounts awa = aParticipant().speaking("fr");
        Accounts quiet = aParticipant();
        String awaToken = api.signUp(awa);
        String quietToken = api.signUp(quiet);
        join(community, awaToken);
        join(community, quietToken);
        api.put("/api/communities/" + community.id() + "/me", new MembershipSettingsRequest(false), quietToken, CommunityDto.class);
        announce(community, manager, "Export fair in Nairobi");
        PostDto spam = announce(community, manager, "Posted by mistake");
        api.post("/api/posts/" + spam.id() + "/hide", new ReasonRequest("Mistake"), manager, PostDto.class);
        mailer.deliverDue();
        inbox.clear();

        long id = Long.parseLong(community.id());
        int first = digests.sendDue(id);
        int again = digests.sendDue(id);
        mailer.deliverDue();
        List<MimeMessage> awaMail = inbox.to(awa.email());
        List<MimeMessage> quietMail = inbox.to(quiet.email());
        announce(community, manager, "Webinar on payments");
        digests.sendDue(id);
        mailer.deliverDue();
        List<MimeMessage> awaLater = inbox.to(awa.email());

        assertEquals(1, first, "Awa only: the other member switched digests off, the moderator wrote them");
        assertEquals(0, again, "nothing new, nothing sent");
        assertEquals(1, awaMail.size());
        assertTrue(Inbox.subject(awaMail.get(0)).startsWith("Nouveau dans"), Inbox.subject(awaMail.get(0)));
        String body = Inbox.body(awaMail.get(0));
        assertTrue(body.contains("Export fair in Nairobi"), body);
        assertFalse(body.contains("Posted by mistake"), "a hidden announcement is not sent");
        assertEquals(List.of(), quietMail);
        assertEquals(2, awaLater.size());
        String later = Inbox.body(awaLater.get(1));
        assertTrue(later.contains("Webinar on payments") && !later.contains("Export fair"), later);
    }

    @Test
    void anAlumnaIsToldOfHerInvitationInHerLanguage() {
        String manager = api.staff(Role.MANAGER).token();
        CommunityDto southAsia = api.post("/api/communities", new CommunityRequest("Invitations " + System.nanoTime(), null, "034",
                JoinPolicy.APPROVAL), manager, CommunityDto.class).body();
        org.etradecampus.activity.ActivityDto masterclass = org.etradecampus.testing.Activities.aMasterclass()
                .ofType(org.etradecampus.activity.ActivityType.MASTERCLASS).create(api, manager);
        Accounts anjali = aParticipant().speaking("es");
        String token = api.signUp(anjali);
        api.put("/api/me/profile", new org.etradecampus.account.ProfileDto("NP", null, null, null, null, null, null, null, List.of(),
                null), token, Object.class);
        String seat = api.post("/api/activities/" + masterclass.id() + "/enrolments", "", token,
                org.etradecampus.enrolment.EnrolmentDto.class).body().id();
        mailer.deliverDue();
        inbox.clear();

        api.put("/api/enrolments/" + seat + "/completion", new org.etradecampus.completion.CompletionOverrideRequest(true, "Done"),
                manager, org.etradecampus.completion.CompletionDto.class);
        mailer.deliverDue();
        List<MimeMessage> mail = inbox.to(anjali.email());

        assertEquals(1, mail.size());
        assertEquals("Está invitada a " + southAsia.name(), Inbox.subject(mail.get(0)));
        assertTrue(Inbox.body(mail.get(0)).contains("/communities/" + southAsia.id()), Inbox.body(mail.get(0)));
    }

    private void join(CommunityDto community, String token) {
        api.post("/api/communities/" + community.id() + "/join", "", token, CommunityDto.class);
    }

    private PostDto announce(CommunityDto community, String token, String title) {
        return api.post("/api/communities/" + community.id() + "/posts", new PostRequest(title, "Details inside."), token, PostDto.class)
                .body();
    }
}
