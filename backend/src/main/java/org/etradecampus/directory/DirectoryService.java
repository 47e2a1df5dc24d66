package org.etradecampus.directory;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.account.MeService;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.TooManyRequestsException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.JsonDocuments;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Text;
import org.etradecampus.country.PlaceNames;
import org.etradecampus.mail.Notifications;
import org.etradecampus.report.ReportLabels;
import org.etradecampus.storage.FileStorage;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Business listings, opt-in: a listing is in the directory only while its owner consents
 * ({@code published}), and others see only the contact details she chose to show. Contact requests
 * reach the business by e-mail without the sender's address, which the business sees once it replies.
 */
@Singleton
public class DirectoryService {

    /** Contact requests one member may send in a day: enough to network, too few to spam the directory. */
    static final int CONTACTS_PER_DAY = 10;

    static final int LOGO_BYTES = 300 * 1024;

    private final ListingRepository listings;
    private final ContactRepository contacts;
    private final JsonDocuments json;
    private final PlaceNames places;
    private final UserService users;
    private final MeService me;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicUrl;
    private final FileStorage storage;

    DirectoryService(ListingRepository listings, ContactRepository contacts, JsonDocuments json, PlaceNames places, UserService users,
                     MeService me, Notifications notifications, Clock clock, @Value("${campus.public-url}") String publicUrl,
                     FileStorage storage) {
        this.storage = storage;
        this.listings = listings;
        this.contacts = contacts;
        this.json = json;
        this.places = places;
        this.users = users;
        this.me = me;
        this.notifications = notifications;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    ListingDto mine(long userId) {
        return listings.findById(userId).map(this::toDto)
                .orElseThrow(() -> new NotFoundException("You have no listing yet."));
    }

    @Transactional
    ListingDto save(long userId, ListingRequest r) {
        Instant now = now();
        Listing current = listings.findById(userId).orElse(null);
        Instant firstPublished = current != null && current.firstPublishedAt() != null ? current.firstPublishedAt()
                : r.published() ? now : null;
        String country = r.countryCode() != null ? r.countryCode() : me.profile(userId).countryCode();
        Listing next = new Listing(userId, r.published(), firstPublished, r.businessName().strip(), Text.blankToNull(r.sector()),
                country, codes(r.languages()), Text.blankToNull(r.website()),
                json.write(r.marketplaces() == null ? List.of() : r.marketplaces().stream().map(String::strip).toList()),
                Text.blankToNull(r.offers()), names(r.seeks()), Boolean.TRUE.equals(r.womenLed()), Text.blankToNull(r.contactEmail()),
                Text.blankToNull(r.contactPhone()), names(r.shown()), now, current == null ? null : current.logoKey(),
                current == null ? null : current.logoType());
        return toDto(current == null ? listings.save(next) : listings.update(next));
    }

    @Transactional
    void delete(long userId) {
        listings.findById(userId).ifPresent(l -> {
            listings.deleteById(userId);
            if (l.logoKey() != null) {
                storage.delete(l.logoKey());
            }
        });
    }

    /** PNG, JPEG or WebP, recognised by their first bytes rather than by what the browser claims. */
    @Transactional
    ListingDto saveLogo(long userId, byte[] bytes) {
        Listing current = listings.findById(userId)
                .orElseThrow(() -> new ConflictException("Save your listing first.", "directory.no-listing", List.of()));
        if (bytes.length > LOGO_BYTES) {
            throw new ValidationException("file", "must be at most 300 KB", "directory.logo-too-large");
        }
        String type = imageType(bytes);
        if (type == null) {
            throw new ValidationException("file", "must be a PNG, JPEG or WebP image", "directory.logo-type");
        }
        String key = "logo-" + UUID.randomUUID();
        storage.put(key, bytes);
        listings.update(withLogo(current, key, type));
        if (current.logoKey() != null) {
            storage.delete(current.logoKey());
        }
        return mine(userId);
    }

    @Transactional
    ListingDto deleteLogo(long userId) {
        Listing current = listings.findById(userId).orElseThrow(() -> new NotFoundException("You have no listing yet."));
        if (current.logoKey() != null) {
            listings.update(withLogo(current, null, null));
            storage.delete(current.logoKey());
        }
        return mine(userId);
    }

    /** A published listing's logo and its type. */
    Logo logo(long id) {
        Listing listing = published(id);
        byte[] bytes = listing.logoKey() == null ? null : storage.get(listing.logoKey()).orElse(null);
        if (bytes == null) {
            throw new NotFoundException("This business has no logo.");
        }
        return new Logo(bytes, listing.logoType());
    }

    record Logo(byte[] bytes, String type) {
    }

    private static Listing withLogo(Listing l, String key, String type) {
        return new Listing(l.userId(), l.published(), l.firstPublishedAt(), l.businessName(), l.sector(), l.countryCode(), l.languages(),
                l.website(), l.marketplaces(), l.offers(), l.seeks(), l.womenLed(), l.contactEmail(), l.contactPhone(), l.shown(),
                l.updatedAt(), key, type);
    }

    static String imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    PageDto<DirectoryEntryDto> search(String q, String sector, String country, String region, Boolean womenLed, Seeking seeks,
                                      int page, int size, String language, long readerId) {
        String like = Text.likeContaining(q);
        String sectorKey = sector == null || sector.isBlank() ? null : sector.strip().toLowerCase(Locale.ROOT);
        Boolean women = womenLed;
        String seeking = seeks == null ? null : "%," + seeks.name() + ",%";
        Map<String, String> countries = places.countries(language);
        List<DirectoryEntryDto> items = listings.search(like, sectorKey, country, region, women, seeking, size, (long) page * size)
                .stream().map(l -> entry(l, countries, readerId)).toList();
        return new PageDto<>(items, page, size, listings.count(like, sectorKey, country, region, women, seeking));
    }

    DirectoryEntryDto entry(long id, String language, long readerId) {
        return entry(published(id), places.countries(language), readerId);
    }

    @Transactional
    ContactRequestDto contact(long senderId, long businessId, String message) {
        Listing business = published(businessId);
        if (businessId == senderId) {
            throw new ConflictException("This is your own listing.", "directory.own-listing", List.of());
        }
        Instant now = now();
        if (contacts.sentSince(senderId, now.minus(Duration.ofDays(1))) >= CONTACTS_PER_DAY) {
            throw new TooManyRequestsException("You sent " + CONTACTS_PER_DAY + " contact requests in the last day; try again tomorrow.",
                    "directory.too-many-contacts", Duration.ofHours(1).toSeconds());
        }
        contacts.insert(businessId, senderId, message.strip(), now);
        ContactRepository.Row row = contacts.find(contacts.lastOf(senderId)).orElseThrow();
        User owner = users.get(businessId);
        User sender = users.get(senderId);
        String from = row.senderCountryCode() == null ? "—"
                : places.countries(owner.locale()).getOrDefault(row.senderCountryCode(), row.senderCountryCode());
        notifications.message(Notifications.Kind.CONTACT_REQUEST, owner, sender.displayName(), business.businessName(), from,
                row.message(), publicUrl + "/network/requests");
        return toDto(row, false);
    }

    List<ContactRequestDto> requests(long userId, boolean sent) {
        return sent ? contacts.sent(userId).stream().map(r -> toDto(r, false)).toList()
                : contacts.received(userId).stream().map(r -> toDto(r, r.repliedAt() != null)).toList();
    }

    /** Only the business replies, once; its reply and its address go to the sender. */
    @Transactional
    ContactRequestDto reply(long userId, long requestId, String message) {
        ContactRepository.Parties parties = contacts.lock(requestId)
                .orElseThrow(() -> new NotFoundException("No such contact request."));
        if (parties.businessId() != userId) {
            throw new ForbiddenException("Only the business it was sent to may reply.", "problem.forbidden");
        }
        ContactRepository.Row current = contacts.find(requestId).orElseThrow();
        if (current.repliedAt() != null) {
            throw new ConflictException("You already replied to this request.", "directory.already-replied", List.of());
        }
        contacts.reply(requestId, message.strip(), now());
        Listing business = listings.findById(userId).orElseThrow();
        User owner = users.get(userId);
        String address = business.contactEmail() != null ? business.contactEmail() : owner.email();
        notifications.message(Notifications.Kind.CONTACT_REPLY, users.get(parties.senderId()), business.businessName(),
                message.strip(), address);
        return toDto(contacts.find(requestId).orElseThrow(), true);
    }

    NetworkStatsDto stats(String language, Map<Long, String> communityNames) {
        Map<String, String> countries = places.countries(language);
        Map<String, String> regions = places.regions(language);
        List<NetworkStatsDto.Row> byCountry = listings.byCountry().stream()
                .map(t -> row(t, countries, ReportLabels.notGiven(language))).toList();
        List<NetworkStatsDto.Row> byRegion = listings.byRegion().stream()
                .map(t -> row(t, regions, ReportLabels.notGiven(language))).toList();
        long businesses = byCountry.stream().mapToLong(NetworkStatsDto.Row::count).sum();
        long womenLed = byCountry.stream().mapToLong(NetworkStatsDto.Row::womenLed).sum();
        long countryCount = byCountry.stream().filter(r -> !r.key().equals("NONE")).count();
        long womenLedCountries = byCountry.stream().filter(r -> !r.key().equals("NONE") && r.womenLed() > 0).count();
        TreeMap<YearMonth, Long> added = new TreeMap<>();
        listings.firstPublished().stream().filter(java.util.Objects::nonNull)
                .forEach(at -> added.merge(YearMonth.from(at.atZone(ZoneOffset.UTC)), 1L, Long::sum));
        List<NetworkStatsDto.Month> growth = new ArrayList<>();
        long total = 0;
        for (Map.Entry<YearMonth, Long> month : added.entrySet()) {
            total += month.getValue();
            growth.add(new NetworkStatsDto.Month(month.getKey().toString(), month.getValue(), total));
        }
        List<NetworkStatsDto.Row> members = listings.communityMembers().stream()
                .map(t -> new NetworkStatsDto.Row(t.keyCode(), communityNames.getOrDefault(Long.valueOf(t.keyCode()), t.keyCode()),
                        t.listings(), 0)).toList();
        return new NetworkStatsDto(businesses, womenLed, countryCount, byCountry, byRegion, growth, members,
                NetworkSentence.of(womenLed, womenLedCountries, language));
    }

    private static NetworkStatsDto.Row row(ListingRepository.Tally t, Map<String, String> names, String none) {
        String key = t.keyCode() == null || t.keyCode().isBlank() ? "NONE" : t.keyCode();
        return new NetworkStatsDto.Row(key, key.equals("NONE") ? none : names.getOrDefault(key, key), t.listings(), t.womenLed());
    }

    private Listing published(long id) {
        return listings.published(id).orElseThrow(() -> new NotFoundException("No such business in the directory."));
    }

    private DirectoryEntryDto entry(Listing l, Map<String, String> countries, long readerId) {
        Set<ContactField> shown = enums(ContactField.class, l.shown());
        return new DirectoryEntryDto(Long.toString(l.userId()), l.businessName(), l.sector(), l.countryCode(),
                l.countryCode() == null ? null : countries.get(l.countryCode()), list(l.languages()), l.offers(),
                enums(Seeking.class, l.seeks()), l.womenLed(),
                shown.contains(ContactField.WEBSITE) ? l.website() : null,
                shown.contains(ContactField.MARKETPLACES) ? marketplaces(l) : null,
                shown.contains(ContactField.EMAIL) ? l.contactEmail() : null,
                shown.contains(ContactField.PHONE) ? l.contactPhone() : null, l.userId() == readerId, logoUrl(l));
    }

    private ListingDto toDto(Listing l) {
        return new ListingDto(l.published(), l.businessName(), l.sector(), l.countryCode(), list(l.languages()), l.website(),
                marketplaces(l), l.offers(), enums(Seeking.class, l.seeks()), l.womenLed(), l.contactEmail(), l.contactPhone(),
                enums(ContactField.class, l.shown()), logoUrl(l));
    }

    /** Its address changes with the logo, so browsers may keep it as long as they like. */
    private static String logoUrl(Listing l) {
        return l.logoKey() == null ? null
                : "/api/directory/" + l.userId() + "/logo?v=" + l.logoKey().substring("logo-".length(), "logo-".length() + 8);
    }

    private static ContactRequestDto toDto(ContactRepository.Row r, boolean revealSender) {
        return new ContactRequestDto(Long.toString(r.id()), Long.toString(r.businessId()), r.businessName(), r.senderName(),
                r.senderCountryCode(), revealSender ? r.senderEmail() : null, r.message(), r.createdAt(), r.reply(), r.repliedAt());
    }

    private List<String> marketplaces(Listing l) {
        return json.read(l.marketplaces(), Argument.listOf(String.class));
    }

    private static String codes(List<String> values) {
        return values == null ? "" : String.join(",", new LinkedHashSet<>(values));
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
        Set<E> found = EnumSet.noneOf(type);
        list(csv).forEach(name -> found.add(Enum.valueOf(type, name)));
        return found;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
