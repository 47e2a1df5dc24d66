package org.etradecampus.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.common.Problem;
import org.etradecampus.testing.Api;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPA, the API description, health, and what unknown or bad requests get. */
@MicronautTest(transactional = false)
class WebIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Inject
    Api api;

    @io.micronaut.context.annotation.Value("${campus.public-url}")
    String publicUrl;

    @Test
    void linksInEMailsStartWithThePublicAddressWhichDefaultsToTheLocalOne() {
        assertEquals("http://localhost:8080", publicUrl, "a default with colons must be quoted in application.yml");
    }

    @Test
    void servesTheSpaAtTheRootAndOnClientRoutes() {
        String root = client.toBlocking().retrieve("/");
        HttpResponse<String> deepLink = client.toBlocking().exchange("/profile/edit", String.class);

        assertTrue(root.contains("<div id=\"root\""), root);
        assertEquals(root, deepLink.body());
        assertTrue(deepLink.getContentType().orElseThrow().matches(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void letsBrowsersKeepHashedAssetsButRecheckThePage() {
        HttpResponse<String> page = client.toBlocking().exchange("/", String.class);
        String asset = page.body().replaceAll("(?s).*?(/assets/[^\"]+\\.js).*", "$1");

        HttpResponse<String> script = client.toBlocking().exchange(asset, String.class);

        assertEquals("no-cache", page.header(HttpHeaders.CACHE_CONTROL));
        assertEquals("public, max-age=31536000, immutable", script.header(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void answersAProblemForUnknownApiPathsAndMissingFiles() {
        Problem api404 = api.problem(404, () -> client.toBlocking().retrieve("/api/does-not-exist"));
        HttpClientResponseException asset = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().retrieve("/assets/missing-file.js"));

        assertEquals("https://etradecampus.org/problems/not-found", api404.type());
        assertEquals("problem.not-found", api404.messageKey());
        assertEquals(404, asset.getStatus().getCode());
    }

    @Test
    void refusesMalformedJson() {
        Problem problem = api.problem(400, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", "{\"username\": \"a@b.org\",").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals("https://etradecampus.org/problems/malformed-body", problem.type());
        assertEquals("problem.malformed-body", problem.messageKey());
        assertFalse(problem.detail().contains("Exception"));
    }

    @Test
    void namesEveryMissingField() {
        Problem problem = api.problem(400, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/register", "{}").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals(java.util.List.of("displayName", "email", "password"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
        assertTrue(problem.errors().stream().allMatch(e -> e.messageKey().equals("validation.required")));
    }

    @Test
    void refusesAMissingBody() {
        Problem problem = api.problem(400, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", "").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals("body", problem.errors().get(0).field());
    }

    @Test
    void refusesOversizedBodiesBeforeReadingThem() {
        String huge = "{\"username\":\"" + "a".repeat(1_200_000) + "\",\"password\":\"x\"}";

        Problem problem = api.problem(413, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", huge).contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals("problem.payload-too-large", problem.messageKey());
    }

    @Test
    void refusesHugeStringsInsideTheLimit() {
        String big = "{\"username\":\"" + "a".repeat(100_000) + "@example.org\",\"password\":\"whatever it is\"}";

        Problem problem = api.problem(400, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", big).contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals("username", problem.errors().get(0).field());
    }

    @Test
    void refusesOtherMediaTypes() {
        Problem problem = api.problem(415, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", "username=a").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));

        assertEquals("https://etradecampus.org/problems/unsupported-media-type", problem.type());
    }

    @Test
    void keepsCorsClosedByDefault() {
        for (HttpMethod method : new HttpMethod[]{HttpMethod.OPTIONS, HttpMethod.GET}) {
            HttpResponse<?> response = exchangeAnyStatus(HttpRequest.create(method, "/api/countries")
                    .header(HttpHeaders.ORIGIN, "https://evil.example.com")
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"));

            assertFalse(response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), method + " allowed a foreign origin");
        }
    }

    @Test
    void servesItsOwnOriginAsUsual() {
        HttpResponse<?> response = exchangeAnyStatus(HttpRequest.GET("/api/countries")
                .header(HttpHeaders.ORIGIN, "http://localhost:" + server.getPort()));

        assertEquals(200, response.code());
    }

    private HttpResponse<?> exchangeAnyStatus(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    @Test
    void reportsHealthForLoadBalancers() {
        String health = client.toBlocking().retrieve("/health");

        assertTrue(health.contains("\"UP\""), health);
    }

    @Test
    void publishesTheOpenApiDescriptionAndSwaggerUi() {
        String spec = client.toBlocking().retrieve("/swagger/etrade-campus-0.1.yml");
        String ui = client.toBlocking().retrieve("/swagger-ui/index.html");

        assertTrue(spec.contains("/api/auth/login"), "spec lists the login operation");
        assertTrue(spec.contains("/api/me/profile"));
        assertTrue(ui.contains("swagger"), "Swagger UI page");
        HttpResponse<?> shortcut = client.toBlocking().exchange(HttpRequest.GET("/swagger-ui"));
        assertEquals(200, shortcut.code(), "the client follows /swagger-ui to the UI");
    }
}
