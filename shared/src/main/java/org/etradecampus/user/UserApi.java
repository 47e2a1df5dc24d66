package org.etradecampus.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.etradecampus.account.Role;
import org.etradecampus.common.PageDto;

/** Administration of accounts. */
public interface UserApi {

    /** Search by e-mail or name ({@code q}), optionally by role; newest first. */
    @Get("/api/users{?q,role,page,size}")
    PageDto<UserDto> list(@QueryValue @Nullable @Size(max = 200) String q,
                          @QueryValue @Nullable Role role,
                          @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    @Post("/api/users")
    HttpResponse<UserDto> create(@Body @NotNull @Valid CreateUserRequest request);

    @Get("/api/users/{id}")
    UserDto get(@PathVariable String id);

    @Put("/api/users/{id}/roles")
    UserDto changeRoles(@PathVariable String id, @Body @NotNull @Valid ChangeRolesRequest request);

    /** A disabled account cannot sign in, and its tokens stop working at once. */
    @Post("/api/users/{id}/disable")
    UserDto disable(@PathVariable String id);

    @Post("/api/users/{id}/enable")
    UserDto enable(@PathVariable String id);
}
