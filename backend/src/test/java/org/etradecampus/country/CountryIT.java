package org.etradecampus.country;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.common.LocalizedName;
import org.etradecampus.testing.CountryClient;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CountryIT {

    @Inject
    CountryClient countries;

    @Test
    void listsEveryM49CountryInThreeLanguagesWithoutSigningIn() {
        List<CountryDto> all = countries.countries();

        assertEquals(248, all.size());
        CountryDto nepal = find(all, "NP");
        assertEquals(new LocalizedName("Nepal", "Népal", "Nepal"), nepal.names());
        assertEquals("NPL", nepal.iso3());
        assertEquals("524", nepal.m49());
        assertEquals("142", nepal.regionCode());
        assertEquals("034", nepal.subregionCode());
        assertTrue(nepal.ldc() && nepal.lldc() && !nepal.sids());
    }

    @Test
    void keepsNamibiasCodeAndLeadingZeros() {
        List<CountryDto> all = countries.countries();

        assertEquals("516", find(all, "NA").m49());
        assertEquals("004", find(all, "AF").m49());
    }

    @Test
    void countsTheCountryGroupsAsPublished() {
        List<CountryDto> all = countries.countries();

        assertEquals(45, all.stream().filter(CountryDto::ldc).count());
        assertEquals(32, all.stream().filter(CountryDto::lldc).count());
        assertEquals(53, all.stream().filter(CountryDto::sids).count());
    }

    @Test
    void letsBrowsersKeepReferenceDataForAnHour(@io.micronaut.http.client.annotation.Client("/") io.micronaut.http.client.HttpClient client) {
        var countries = client.toBlocking().exchange("/api/countries", String.class);
        var regions = client.toBlocking().exchange("/api/regions", String.class);

        assertEquals("public, max-age=3600", countries.header("Cache-Control"));
        assertEquals("public, max-age=3600", regions.header("Cache-Control"));
    }

    @Test
    void listsRegionsWithTheirSubregions() {
        List<RegionDto> regions = countries.regions();

        assertEquals(List.of("002", "009", "019", "142", "150"), regions.stream().map(RegionDto::code).toList());
        RegionDto asia = regions.stream().filter(r -> r.code().equals("142")).findFirst().orElseThrow();
        assertEquals("Asie", asia.names().fr());
        assertTrue(asia.subregions().stream().anyMatch(s -> s.code().equals("034") && s.names().en().equals("Southern Asia")));
    }

    private static CountryDto find(List<CountryDto> all, String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
