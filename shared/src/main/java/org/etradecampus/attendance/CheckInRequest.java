package org.etradecampus.attendance;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record CheckInRequest(@NotBlank @Size(max = 20) String code) {
}
