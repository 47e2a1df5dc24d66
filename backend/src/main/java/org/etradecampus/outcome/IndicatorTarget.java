package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.etradecampus.account.Gender;
import org.etradecampus.activity.CountryGroup;

import java.time.LocalDate;

@MappedEntity("indicator_target")
record IndicatorTarget(@Id @GeneratedValue @Nullable Long id, long indicatorId, LocalDate periodFrom, LocalDate periodTo,
                       @MappedProperty("target_value") double targetValue, @Nullable Gender gender,
                       @Nullable CountryGroup countryGroup) {
}
