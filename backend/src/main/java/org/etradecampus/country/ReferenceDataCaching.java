package org.etradecampus.country;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Countries and regions change a few times a year (an LDC graduates); a phone on a slow connection
 * should not fetch 8 KB of them on every page. An hour's staleness is acceptable.
 */
@ServerFilter({"/api/countries", "/api/regions"})
class ReferenceDataCaching {

    static final String CACHE_CONTROL = "public, max-age=3600";

    @ResponseFilter
    void cache(MutableHttpResponse<?> response) {
        if (response.status() == HttpStatus.OK) {
            response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
    }
}
