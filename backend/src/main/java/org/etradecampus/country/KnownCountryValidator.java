package org.etradecampus.country;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
class KnownCountryValidator implements ConstraintValidator<KnownCountry, String> {

    private final CountryRepository countries;

    KnownCountryValidator(CountryRepository countries) {
        this.countries = countries;
    }

    @Override
    public boolean isValid(@Nullable String code, @NonNull AnnotationValue<KnownCountry> annotation,
                           @NonNull ConstraintValidatorContext context) {
        // Format is @Pattern's business; an unknown well-formed code is ours.
        return code == null || !code.matches("[A-Z]{2}") || countries.existsByCode(code);
    }
}
