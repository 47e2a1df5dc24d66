package org.etradecampus.community;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.etradecampus.account.MeService;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.completion.ActivityCompleted;
import org.etradecampus.country.CountryRepository;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A masterclass alumna is invited to the communities of her country's region, sub-region or intermediate region. */
@Singleton
class AlumniInvitations {

    private final CommunityService communities;
    private final ActivityService activities;
    private final MeService me;
    private final CountryRepository countries;

    AlumniInvitations(CommunityService communities, ActivityService activities, MeService me, CountryRepository countries) {
        this.communities = communities;
        this.activities = activities;
        this.me = me;
        this.countries = countries;
    }

    /** Runs in the transaction that records the completion. */
    @EventListener
    void on(ActivityCompleted completed) {
        if (activities.visible(completed.activityId(), true).type() != ActivityType.MASTERCLASS) {
            return;
        }
        String country = me.profile(completed.userId()).countryCode();
        if (country == null) {
            return;
        }
        countries.findByCode(country).ifPresent(c -> {
            List<String> regions = Stream.of(c.regionCode(), c.subregionCode(), c.intermediateRegionCode())
                    .filter(Objects::nonNull).toList();
            if (!regions.isEmpty()) {
                communities.invite(completed.userId(), regions);
            }
        });
    }
}
