package org.etradecampus.community;

import jakarta.inject.Singleton;
import org.etradecampus.country.Country;
import org.etradecampus.country.CountryRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Demo data only (CAMPUS_DEMO): three regional communities with members, announcements, a comment and events. */
@Singleton
public class CommunityDemo {

    private final CommunityService communities;
    private final CountryRepository countries;

    CommunityDemo(CommunityService communities, CountryRepository countries) {
        this.communities = communities;
        this.countries = countries;
    }

    /** {@code people}: user id → country code; each joins the community of her region, if there is one. */
    public void load(long managerId, Map<Long, String> people, long participantId, List<Long> africaEvents, List<Long> asiaEvents) {
        CommunityService.Reader manager = new CommunityService.Reader(managerId, false, "en");
        CommunityDto southAsia = communities.create(new CommunityRequest("eTrade for Women: South Asia",
                "Alumnae of the New Delhi masterclass and women digital entrepreneurs of South Asia.", "034", JoinPolicy.APPROVAL), manager);
        CommunityDto latinAmerica = communities.create(new CommunityRequest("eTrade for Women: Latin America and the Caribbean",
                "Comunidad de emprendedoras digitales de América Latina y el Caribe.", "419", JoinPolicy.OPEN), manager);
        CommunityDto africa = communities.create(new CommunityRequest("eTrade for Women: Africa",
                "Women selling online across Africa: news from the programme, fairs, payments and logistics tips.", "002",
                JoinPolicy.OPEN), manager);
        Map<String, CommunityDto> byRegion = Map.of("034", southAsia, "419", latinAmerica, "002", africa);
        people.forEach((userId, code) -> countries.findByCode(code).ifPresent(country -> regionOf(country, byRegion).ifPresent(c -> {
            CommunityService.Reader member = new CommunityService.Reader(userId, false, "en");
            communities.join(Long.parseLong(c.id()), member);
            if (c.joinPolicy() == JoinPolicy.APPROVAL && userId % 3 != 0) {
                communities.changeMember(Long.parseLong(c.id()), userId, new MemberChangeRequest(MemberStatus.ACTIVE, null), manager);
            }
        })));
        long africaId = Long.parseLong(africa.id());
        PostDto fair = communities.announce(africaId, new PostRequest("Regional e-commerce fair in Nairobi",
                "Members exhibit for free. Tell us by the end of the month if you want a stand."), manager);
        communities.announce(africaId, new PostRequest("New: mobile money payments webinar",
                "A one-hour session on accepting mobile money from customers in other countries."), manager);
        communities.join(africaId, new CommunityService.Reader(participantId, false, "fr"));
        communities.comment(Long.parseLong(fair.id()), new PostRequest(null, "Je serai là avec mes tissus wax !"),
                new CommunityService.Reader(participantId, false, "fr"));
        communities.announce(Long.parseLong(southAsia.id()), new PostRequest("Welcome to the South Asia community",
                "Introduce your business in a comment and say what you are looking for."), manager);
        communities.announce(Long.parseLong(latinAmerica.id()), new PostRequest("Bienvenidas",
                "Compartan aquí sus novedades, ferias y preguntas sobre envíos."), manager);
        africaEvents.forEach(id -> communities.addEvent(africaId, id, manager));
        asiaEvents.forEach(id -> communities.addEvent(Long.parseLong(southAsia.id()), id, manager));
    }

    private static java.util.Optional<CommunityDto> regionOf(Country country, Map<String, CommunityDto> byRegion) {
        return Stream.of(country.regionCode(), country.subregionCode(), country.intermediateRegionCode()).filter(Objects::nonNull)
                .map(byRegion::get).filter(Objects::nonNull).findFirst();
    }
}
