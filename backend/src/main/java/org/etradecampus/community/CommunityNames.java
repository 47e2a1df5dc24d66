package org.etradecampus.community;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.stream.Collectors;

/** Communities' names by id, for figures counted elsewhere. */
@Singleton
public class CommunityNames {

    private final CommunityRepository communities;

    CommunityNames(CommunityRepository communities) {
        this.communities = communities;
    }

    public Map<Long, String> byId() {
        return communities.listOrderByName().stream().collect(Collectors.toMap(Community::id, Community::name));
    }
}
