package org.etradecampus.account;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;
import org.etradecampus.report.ParticipationFacts;

import java.time.Clock;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;

/** The signed-in person's own account and profile. */
@Singleton
public class MeService {

    private final UserService users;
    private final ProfileRepository profiles;
    private final ProfileMapper mapper;
    private final Clock clock;
    private final ParticipationFacts facts;

    MeService(UserService users, ProfileRepository profiles, ProfileMapper mapper, Clock clock, ParticipationFacts facts) {
        this.users = users;
        this.profiles = profiles;
        this.mapper = mapper;
        this.clock = clock;
        this.facts = facts;
    }

    public MeDto me(long userId) {
        User user = users.get(userId);
        ProfileDto profile = profiles.findById(userId).map(mapper::toDto).orElseGet(ProfileDto::empty);
        return new MeDto(user.publicId(), user.email(), user.displayName(), users.roles(userId), user.locale(), profile);
    }

    /** Her profile alone, empty when she has not filled it in. */
    public ProfileDto profile(long userId) {
        return profiles.findById(userId).map(mapper::toDto).orElseGet(ProfileDto::empty);
    }

    /** The profiles of many people in one query, by user id; an empty one for whoever has none. */
    public Map<Long, ProfileDto> profiles(Collection<Long> userIds) {
        Map<Long, ProfileDto> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            profiles.findByUserIdIn(userIds).forEach(p -> found.put(p.userId(), mapper.toDto(p)));
        }
        userIds.forEach(id -> found.putIfAbsent(id, ProfileDto.empty()));
        return found;
    }

    @Transactional
    public MeDto updateProfile(long userId, ProfileDto profile) {
        Profile entity = mapper.toEntity(userId, profile, clock.instant());
        if (profiles.existsById(userId)) {
            profiles.update(entity);
        } else {
            profiles.save(entity);
        }
        facts.personChanged(userId);
        return me(userId);
    }

    public MeDto updateSettings(long userId, SettingsRequest settings) {
        users.updateSettings(userId, settings.displayName(), settings.locale());
        return me(userId);
    }
}
