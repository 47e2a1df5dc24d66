package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A milestone an SME reached. Coaches and managers name the SME ({@code userId}) and their record
 * counts at once; an SME reporting her own leaves {@code userId} out and waits for validation.
 */
@Serdeable
public record MilestoneRecordRequest(@NotBlank @Size(max = 20) String milestoneId,
                                     @Nullable @Size(max = 20) String userId,
                                     @NotNull LocalDate achievedOn,
                                     @Nullable @Size(max = 2000) String evidence) {
}
