package org.etradecampus.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Client-side routes survive a reload: a GET outside /api whose last segment is not a file name
 * gets the SPA's index.html. Everything else that is not found is a 404 problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaFallback {

    private final ErrorResponseProcessor<?> problems;
    private final byte[] indexHtml;

    SpaFallback(ErrorResponseProcessor<?> problems, ResourceResolver resources) {
        this.problems = problems;
        this.indexHtml = resources.getResourceAsStream("classpath:public/index.html").map(SpaFallback::read).orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (indexHtml != null && isClientRoute(request)) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-cache");
        }
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.NOT_FOUND);
        return problems.processResponse(ErrorContext.builder(request)
                .errorMessage("Nothing here: " + safePath(request)).build(), response);
    }

    static boolean isClientRoute(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath();
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/swagger")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private static String safePath(HttpRequest<?> request) {
        String path = request.getPath();
        return Optional.of(path).filter(p -> p.length() <= 200 && p.matches("[\\w/.\\-~%]*")).orElse("(path)");
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
