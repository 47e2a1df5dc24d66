package org.etradecampus.account;

import org.etradecampus.common.Text;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

@Singleton
class ProfileMapper {

    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);

    private final JsonMapper json;

    ProfileMapper(JsonMapper json) {
        this.json = json;
    }

    ProfileDto toDto(Profile profile) {
        return new ProfileDto(profile.countryCode(),
                profile.gender() == null ? null : Gender.valueOf(profile.gender()),
                profile.businessName(), profile.sector(),
                profile.businessStage() == null ? null : BusinessStage.valueOf(profile.businessStage()),
                profile.womenLed(), profile.womenOwned(), profile.employees(),
                channels(profile.onlineSalesChannels()).stream().map(SalesChannel::valueOf).toList(), profile.exporting());
    }

    Profile toEntity(long userId, ProfileDto dto, Instant now) {
        List<String> channels = dto.onlineSalesChannels() == null ? List.of()
                : dto.onlineSalesChannels().stream().distinct().map(SalesChannel::name).toList();
        try {
            return new Profile(userId, dto.countryCode(), dto.gender() == null ? null : dto.gender().name(),
                    Text.blankToNull(dto.businessName()), Text.blankToNull(dto.sector()),
                    dto.businessStage() == null ? null : dto.businessStage().name(),
                    dto.womenLed(), dto.womenOwned(), dto.employees(),
                    json.writeValueAsString(channels), dto.exporting(), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> channels(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(stored, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
