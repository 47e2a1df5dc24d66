package org.etradecampus.directory;

import jakarta.inject.Singleton;
import org.etradecampus.account.MeService;
import org.etradecampus.account.ProfileDto;

import java.util.List;
import java.util.Set;

/** Demo data only (CAMPUS_DEMO): businesses of the demo crowd in the directory, and one contact request. */
@Singleton
public class DirectoryDemo {

    private static final Seeking[][] SEEKS = {{Seeking.EXPORT_MARKETS}, {Seeking.SUPPLIERS, Seeking.PARTNERS}, {Seeking.CUSTOMERS},
        {Seeking.INVESTORS, Seeking.MENTORS}};

    private final DirectoryService directory;
    private final MeService me;

    DirectoryDemo(DirectoryService directory, MeService me) {
        this.directory = directory;
        this.me = me;
    }

    /** Every third woman of the crowd lists her business from her profile; the demo participant lists hers and gets a message. */
    public void load(List<Long> crowd, long participantId) {
        for (int i = 0; i < crowd.size(); i += 3) {
            long userId = crowd.get(i);
            ProfileDto profile = me.profile(userId);
            if (profile.businessName() == null || !Boolean.TRUE.equals(profile.womenLed())) {
                continue;
            }
            directory.save(userId, new ListingRequest(true, profile.businessName(), profile.sector(), profile.countryCode(),
                    List.of(i % 2 == 0 ? "en" : "fr"), "https://shop" + userId + ".example.org", List.of("Jumia", "Etsy").subList(0, 1 + i % 2),
                    "Handmade " + (profile.sector() == null ? "goods" : profile.sector().toLowerCase()) + ", shipped across the region.",
                    Set.of(SEEKS[i % SEEKS.length]), true, null, null, Set.of(ContactField.WEBSITE, ContactField.MARKETPLACES)));
        }
        directory.save(participantId, new ListingRequest(true, "Awa Couture", "Fashion", "SN", List.of("fr", "en"),
                "https://awa-couture.example.org", List.of("Instagram", "Jumia"), "Wax-print dresses and accessories made in Dakar.",
                Set.of(Seeking.EXPORT_MARKETS, Seeking.SUPPLIERS), true, "contact@awa-couture.example.org", null,
                Set.of(ContactField.WEBSITE, ContactField.MARKETPLACES, ContactField.EMAIL)));
        directory.contact(crowd.get(0), participantId, "Hello Awa, I run a boutique in Accra. Could we stock some of your dresses?");
    }
}
