package org.etradecampus.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.auth.LoginRequest;
import org.etradecampus.auth.TokenResponse;
import org.etradecampus.common.Problem;
import org.etradecampus.user.UserDto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Calls with a bearer token, and reads the problem out of an error response. */
@Singleton
public class Api {

    private final BlockingHttpClient http;
    private final JsonMapper json;

    @Inject
    public Api(@Client("/") HttpClient client, JsonMapper json) {
        this.http = client.toBlocking();
        this.json = json;
    }

    public TokenResponse login(String email, String password) {
        return http.retrieve(HttpRequest.POST("/api/auth/login", new LoginRequest(email, password)), TokenResponse.class);
    }

    public TokenResponse loginAsAdmin() {
        return login(Accounts.ADMIN_EMAIL, Accounts.ADMIN_PASSWORD);
    }

    /** Registers her as a participant and signs her in: her access token. */
    public String signUp(Accounts account) {
        http.exchange(HttpRequest.POST("/api/auth/register", account.registration()));
        return login(account.email(), account.password()).accessToken();
    }

    /** A new participant whose profile gives her gender and country, signed in: her access token. */
    public String participant(String gender, String country) {
        String token = signUp(Accounts.aParticipant());
        Map<String, Object> profile = new HashMap<>();
        profile.put("gender", gender);
        profile.put("countryCode", country);
        put("/api/me/profile", profile, token, MeDto.class);
        return token;
    }

    /** A new staff account with these roles, created by the administrator and signed in. */
    public Staff staff(Role... roles) {
        Accounts account = Accounts.aParticipant();
        UserDto user = post("/api/users", account.staff(roles), loginAsAdmin().accessToken(), UserDto.class).body();
        return new Staff(user, login(account.email(), account.password()).accessToken());
    }

    public record Staff(UserDto user, String token) {

        public String id() {
            return user.id();
        }
    }

    public <T> T get(String path, String token, Class<T> type) {
        return http.retrieve(authorised(HttpRequest.GET(path), token), type);
    }

    public <T> T get(String path, String token, Argument<T> type) {
        return http.retrieve(authorised(HttpRequest.GET(path), token), type);
    }

    public <T> T put(String path, Object body, String token, Class<T> type) {
        return http.retrieve(authorised(HttpRequest.PUT(path, body), token), type);
    }

    public <T> T put(String path, Object body, String token, Argument<T> type) {
        return http.retrieve(authorised(HttpRequest.PUT(path, body), token), type);
    }

    public <T> HttpResponse<T> post(String path, Object body, String token, Class<T> type) {
        return http.exchange(authorised(HttpRequest.POST(path, body), token), type);
    }

    /** A multipart upload of one file, as the field {@code file}. */
    public <T> HttpResponse<T> upload(String path, String fileName, byte[] bytes, String token, Class<T> type) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes).build();
        return http.exchange(authorised(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token), type);
    }

    public HttpResponse<?> delete(String path, String token) {
        return http.exchange(authorised(HttpRequest.DELETE(path), token));
    }

    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
        return http.exchange(request, type);
    }

    /** Runs the call, expects it to fail with {@code status}, and returns the problem it carried. */
    public Problem problem(int status, Supplier<?> call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call::get);
        assertEquals(status, e.getStatus().getCode(), () -> "status; body: " + e.getResponse().getBody(String.class).orElse(""));
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().map(Object::toString).orElse(""));
        return readProblem(e);
    }

    public Problem readProblem(HttpClientResponseException e) {
        try {
            return json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private static <T> MutableHttpRequest<T> authorised(MutableHttpRequest<T> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }
}
