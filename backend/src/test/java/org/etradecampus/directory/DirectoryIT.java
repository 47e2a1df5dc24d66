package org.etradecampus.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.account.Role;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.mail.Mailer;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Inbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network directory: a listing appears only with its owner's consent and shows only the contact
 * details she chose; contact requests reach the business by e-mail (a real SMTP server) without the
 * sender's address until it replies.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT implements TestPropertyProvider {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<DirectoryEntryDto>> PAGE = (Argument) Argument.of(PageDto.class, DirectoryEntryDto.class);

    Inbox inbox = new Inbox();

    @Inject
    Api api;

    @Inject
    Mailer mailer;

    @Override
    public Map<String, String> getProperties() {
        return inbox.start();
    }

    @AfterAll
    void stop() {
        inbox.stop();
    }

    @Test
    void aListingIsOffUntilSheConsentsShowsOnlyWhatSheChoseAndLeavesAtOnceWhenSheWithdraws() {
        String owner = api.participant("FEMALE", "KE");
        String reader = api.participant("FEMALE", "SN");
        String name = "Kiondo Crafts " + System.nanoTime();
        ListingRequest draft = listing(name, false, Set.of(ContactField.PHONE, ContactField.MARKETPLACES));

        ListingDto saved = api.put("/api/me/listing", draft, owner, ListingDto.class);
        boolean foundAsDraft = found(reader, "q=" + name.replace(" ", "+"));
        api.put("/api/me/listing", listing(name, true, Set.of(ContactField.PHONE, ContactField.MARKETPLACES)), owner, ListingDto.class);
        DirectoryEntryDto entry = api.get("/api/directory?q=" + name.replace(" ", "+"), reader, PAGE).items().get(0);
        boolean hersToHer = api.get("/api/directory/" + entry.id(), owner, DirectoryEntryDto.class).mine();
        api.put("/api/me/listing", listing(name, false, Set.of(ContactField.PHONE)), owner, ListingDto.class);
        boolean foundAfterWithdrawal = found(reader, "q=" + name.replace(" ", "+"));
        Problem gone = api.problem(404, () -> api.get("/api/directory/" + entry.id(), reader, DirectoryEntryDto.class));

        assertFalse(saved.published());
        assertFalse(foundAsDraft, "off by default: a draft is not in the directory");
        assertEquals("+254 700 000 000", entry.contactPhone());
        assertEquals(List.of("Jumia", "Etsy"), entry.marketplaces());
        assertNull(entry.contactEmail(), "she did not choose to show her e-mail");
        assertNull(entry.website(), "nor her website");
        assertEquals("Kenya", entry.countryName());
        assertFalse(entry.mine());
        assertTrue(hersToHer, "she sees it is hers");
        assertFalse(foundAfterWithdrawal);
        assertEquals("problem.not-found", gone.messageKey());
    }

    @Test
    void aLogoIsAnImageCheckedByItsBytesServedToAnyoneWhileTheListingIsPublished() {
        String owner = api.participant("FEMALE", "KE");
        Problem noListing = api.problem(409, () -> api.upload("/api/me/listing/logo", "logo.png", png(), owner, ListingDto.class));
        String id = publish(owner, "Logo Crafts " + System.nanoTime(), "Crafts", "KE", true, Set.of());
        Problem notAnImage = api.problem(400, () -> api.upload("/api/me/listing/logo", "logo.png",
                "<svg onload=alert(1)>".getBytes(), owner, ListingDto.class));
        Problem tooLarge = api.problem(400, () -> api.upload("/api/me/listing/logo", "big.png",
                java.util.Arrays.copyOf(png(), DirectoryService.LOGO_BYTES + 1), owner, ListingDto.class));
        ListingDto withLogo = api.upload("/api/me/listing/logo", "logo.png", png(), owner, ListingDto.class).body();
        io.micronaut.http.HttpResponse<byte[]> served = api.exchange(io.micronaut.http.HttpRequest.GET(withLogo.logoUrl()), byte[].class);
        String logoUrl = withLogo.logoUrl();
        api.put("/api/me/listing", new ListingRequest(false, "Logo Crafts", null, null, null, null, null, null, null, null, null, null,
                null), owner, ListingDto.class);
        Problem unpublished = api.problem(404, () -> api.exchange(io.micronaut.http.HttpRequest.GET(logoUrl), byte[].class));

        assertEquals("directory.no-listing", noListing.messageKey());
        assertEquals("directory.logo-type", notAnImage.errors().get(0).messageKey());
        assertEquals("file", tooLarge.errors().get(0).field());
        assertTrue(logoUrl.startsWith("/api/directory/" + id + "/logo?v="), logoUrl);
        assertEquals("image/png", served.getContentType().orElseThrow().toString());
        assertEquals("nosniff", served.getHeaders().get("X-Content-Type-Options"));
        assertEquals(png().length, served.body().length, "anyone may load it: an <img> sends no token");
        assertEquals("problem.not-found", unpublished.messageKey());
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void searchFiltersBySectorCountryRegionWomenLedAndWhatTheBusinessSeeks() {
        String tag = "Filters" + System.nanoTime();
        String reader = api.participant("FEMALE", "PE");
        publish(api.participant("FEMALE", "NP"), tag + " Himalaya Teas", "Food", "NP", true, Set.of(Seeking.EXPORT_MARKETS));
        publish(api.participant("FEMALE", "BD"), tag + " Dhaka Weaves", "Fashion", "BD", true, Set.of(Seeking.SUPPLIERS));
        publish(api.participant("MALE", "KE"), tag + " Nairobi Code", "Software", "KE", false, Set.of(Seeking.PARTNERS));

        assertEquals(List.of(tag + " Dhaka Weaves", tag + " Himalaya Teas"), names(reader, "q=" + tag + "&region=034"));
        assertEquals(List.of(tag + " Himalaya Teas"), names(reader, "q=" + tag + "&seeks=EXPORT_MARKETS"));
        assertEquals(List.of(tag + " Nairobi Code"), names(reader, "q=" + tag + "&womenLed=false"));
        assertEquals(List.of(tag + " Dhaka Weaves"), names(reader, "q=" + tag + "&sector=fashion&country=BD"));
        PageDto<DirectoryEntryDto> first = api.get("/api/directory?q=" + tag + "&size=2", reader, PAGE);
        assertEquals(3, first.total());
        assertEquals(2, first.items().size());
        assertEquals("country", api.problem(400, () -> api.get("/api/directory?country=Kenya", reader, PAGE)).errors().get(0).field());
        assertEquals("seeks", api.problem(400, () -> api.get("/api/directory?seeks=LOVE", reader, PAGE)).errors().get(0).field());
    }

    @Test
    void aContactRequestHidesTheSendersAddressUntilTheBusinessReplies() {
        Accounts business = aParticipant();
        String owner = api.signUp(business);
        api.put("/api/me/profile", new ProfileDto("NP", null, null, null, null, null, null, null, List.of(), null), owner, Object.class);
        Accounts asker = aParticipant();
        String sender = api.signUp(asker);
        api.put("/api/me/profile", new ProfileDto("PE", null, null, null, null, null, null, null, List.of(), null), sender, Object.class);
        String id = publish(owner, "Himalaya Teas " + System.nanoTime(), "Food", "NP", true, Set.of(Seeking.EXPORT_MARKETS));
        mailer.deliverDue();
        inbox.clear();

        ContactRequestDto sent = api.post("/api/directory/" + id + "/contact", new ContactRequest("Could we stock your teas in Lima?"),
                sender, ContactRequestDto.class).body();
        mailer.deliverDue();
        List<MimeMessage> toBusiness = inbox.to(business.email());
        ContactRequestDto received = api.get("/api/me/contact-requests", owner, Argument.listOf(ContactRequestDto.class)).get(0);
        Problem notHers = api.problem(403, () -> api.post("/api/contact-requests/" + sent.id() + "/reply",
                new ContactRequest("Me?"), sender, ContactRequestDto.class));
        ContactRequestDto replied = api.post("/api/contact-requests/" + sent.id() + "/reply", new ContactRequest("Yes, let us talk."),
                owner, ContactRequestDto.class).body();
        Problem twice = api.problem(409, () -> api.post("/api/contact-requests/" + sent.id() + "/reply",
                new ContactRequest("Again"), owner, ContactRequestDto.class));
        mailer.deliverDue();
        List<MimeMessage> toSender = inbox.to(asker.email());
        Problem ownListing = api.problem(409, () -> api.post("/api/directory/" + id + "/contact", new ContactRequest("Hi me"),
                owner, ContactRequestDto.class));

        assertEquals(1, toBusiness.size());
        String mail = Inbox.body(toBusiness.get(0));
        assertTrue(mail.contains("Could we stock your teas in Lima?"), mail);
        assertTrue(mail.contains("Peru"), mail);
        assertFalse(mail.contains(asker.email()), "the sender's address is not revealed");
        assertNull(received.senderEmail(), "nor to the business in the platform, before it replies");
        assertEquals("problem.forbidden", notHers.messageKey());
        assertEquals(asker.email(), replied.senderEmail(), "once it replied");
        assertEquals("directory.already-replied", twice.messageKey());
        assertEquals(1, toSender.size());
        assertTrue(Inbox.body(toSender.get(0)).contains("Yes, let us talk."));
        assertTrue(Inbox.body(toSender.get(0)).contains(business.email()), "the business's address comes with its reply");
        assertEquals("directory.own-listing", ownListing.messageKey());
    }

    @Test
    void aMemberSendsAtMostTenContactRequestsADay() {
        String sender = api.participant("FEMALE", "PE");
        String id = publish(api.participant("FEMALE", "NP"), "Busy Teas " + System.nanoTime(), "Food", "NP", true, Set.of());
        for (int i = 0; i < DirectoryService.CONTACTS_PER_DAY; i++) {
            api.post("/api/directory/" + id + "/contact", new ContactRequest("Hello " + i), sender, ContactRequestDto.class);
        }
        Problem tooMany = api.problem(429, () -> api.post("/api/directory/" + id + "/contact", new ContactRequest("Hello again"), sender,
                ContactRequestDto.class));

        assertEquals("directory.too-many-contacts", tooMany.messageKey());
    }

    @Test
    void managersSeeTheNetworkInFiguresAndParticipantsDoNot() {
        publish(api.participant("FEMALE", "FJ"), "Suva Prints " + System.nanoTime(), "Printing", "FJ", true, Set.of());
        NetworkStatsDto stats = api.get("/api/network/stats", api.staff(Role.MANAGER).token(), NetworkStatsDto.class);
        Problem participant = api.problem(403, () -> api.get("/api/network/stats", api.participant("FEMALE", "FJ"),
                NetworkStatsDto.class));

        assertTrue(stats.businesses() >= 1);
        assertTrue(stats.byCountry().stream().anyMatch(r -> r.key().equals("FJ") && r.label().equals("Fiji") && r.womenLed() >= 1));
        assertEquals(stats.businesses(), stats.growth().get(stats.growth().size() - 1).total(), "growth ends at today's total");
        assertTrue(stats.sentence().contains("women-led business"), stats.sentence());
        assertEquals("problem.forbidden", participant.messageKey());
    }

    private String publish(String token, String name, String sector, String country, boolean womenLed, Set<Seeking> seeks) {
        api.put("/api/me/listing", new ListingRequest(true, name, sector, country, List.of("en"), null, List.of(), "Things", seeks,
                womenLed, null, null, Set.of()), token, ListingDto.class);
        return api.get("/api/me", token, org.etradecampus.account.MeDto.class).id();
    }

    private static ListingRequest listing(String name, boolean published, Set<ContactField> shown) {
        return new ListingRequest(published, name, "Crafts", "KE", List.of("en", "sw"), "https://kiondo.example", List.of("Jumia", "Etsy"),
                "Handwoven baskets", Set.of(Seeking.EXPORT_MARKETS), true, "hello@kiondo.example", "+254 700 000 000", shown);
    }

    private boolean found(String token, String query) {
        return api.get("/api/directory?" + query, token, PAGE).total() > 0;
    }

    private List<String> names(String token, String query) {
        return api.get("/api/directory?" + query, token, PAGE).items().stream().map(DirectoryEntryDto::businessName).toList();
    }
}
