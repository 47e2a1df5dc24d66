package org.etradecampus.country;

import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Country and M49 region names in English, French or Spanish, for labels other features print. */
@Singleton
public class PlaceNames {

    private final CountryRepository countries;
    private final RegionRepository regions;

    PlaceNames(CountryRepository countries, RegionRepository regions) {
        this.countries = countries;
        this.regions = regions;
    }

    /** Country names by ISO alpha-2 code. */
    public Map<String, String> countries(String language) {
        Map<String, String> names = new HashMap<>();
        countries.listOrderByCode().forEach(c -> names.put(c.code(), pick(language, c.nameEn(), c.nameFr(), c.nameEs())));
        return names;
    }

    /** Region, sub-region and intermediate region names by M49 code. */
    public Map<String, String> regions(String language) {
        Map<String, String> names = new HashMap<>();
        regions.listOrderByCode().forEach(r -> names.put(r.code(), pick(language, r.nameEn(), r.nameFr(), r.nameEs())));
        return names;
    }

    private static String pick(String language, String en, String fr, String es) {
        return switch (language) {
            case "fr" -> fr;
            case "es" -> es;
            default -> en;
        };
    }
}
