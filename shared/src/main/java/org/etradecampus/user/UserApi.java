package org.etradecampus.user;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.etradecampus.common.Problem;
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
@Tag(name = "Users", description = "Administration of accounts (ADMIN)")
@ApiResponse(responseCode = "4XX", description = "Refused: see type, messageKey and errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "5XX", description = "Failed on the server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@SecurityRequirement(name = "bearerAuth")
public interface UserApi {

    /** Search by e-mail or name ({@code q}), optionally by role; newest first. */
    @Get("/api/users{?q,role,page,size}")
    PageDto<UserDto> list(@QueryValue @Nullable @Size(max = 200) String q,
                          @QueryValue @Nullable Role role,
                          @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    /**
     * Managers and administrators look up colleagues to name as trainers or fellow managers: only
     * enabled accounts holding {@code role} (MANAGER or TRAINER), searched by e-mail or name.
     */
    @Get("/api/staff{?role,q,page,size}")
    PageDto<StaffDto> staff(@QueryValue @Nullable Role role,
                            @QueryValue @Nullable @Size(max = 200) String q,
                            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);

    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDto.class)))
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
