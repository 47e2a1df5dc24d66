package org.etradecampus.country;

import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.common.LocalizedName;

import java.util.List;

/** An M49 region with its sub-regions. */
@Serdeable
public record RegionDto(String code, LocalizedName names, List<SubregionDto> subregions) {

    @Serdeable
    public record SubregionDto(String code, LocalizedName names) {
    }
}
