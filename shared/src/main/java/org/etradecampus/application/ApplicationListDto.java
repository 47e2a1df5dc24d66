package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.common.PageDto;

import java.util.Map;

/** One page of applications and, for the whole activity, how many are in each status. */
@Serdeable
public record ApplicationListDto(PageDto<ApplicationRowDto> page, Map<ApplicationStatus, Long> countsByStatus) {
}
