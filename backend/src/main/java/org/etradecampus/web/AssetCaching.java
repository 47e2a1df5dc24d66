package org.etradecampus.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Vite names every asset after its content, so a browser may keep one for ever; index.html, which
 * names the current assets, must be checked every time. Saves a slow connection most of a reload.
 */
@ServerFilter({"/", "/index.html", "/assets/**"})
class AssetCaching {

    @ResponseFilter
    void cache(io.micronaut.http.HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() != HttpStatus.OK) {
            return;
        }
        response.header(HttpHeaders.CACHE_CONTROL, request.getPath().startsWith("/assets/")
                ? "public, max-age=31536000, immutable" : "no-cache");
    }
}
