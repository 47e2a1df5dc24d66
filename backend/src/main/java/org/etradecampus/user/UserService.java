package org.etradecampus.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Text;
import org.etradecampus.account.Role;
import org.etradecampus.auth.PasswordHasher;
import org.etradecampus.auth.PasswordPolicy;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts and their roles. */
@Singleton
public class UserService {

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserService(UserRepository users, PasswordPolicy policy, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Hashing is slow on purpose, so it happens before the transaction opens. */
    public User create(String email, String password, String displayName, @Nullable String locale, Set<Role> roles) {
        String normalised = normaliseEmail(email);
        policy.check("password", password, normalised);
        String hash = hasher.hash(password);
        try {
            return insert(normalised, hash, displayName.strip(), locale == null ? "en" : locale, roles);
        } catch (DataAccessException e) {
            if (users.existsByEmail(normalised)) {
                throw emailTaken();
            }
            throw e;
        }
    }

    /** For bulk creation (imports, demo data) with a hash computed once: the caller vouches for the password. */
    public User createWithHash(String email, String passwordHash, String displayName, String locale, Set<Role> roles) {
        return insert(normaliseEmail(email), passwordHash, displayName.strip(), locale, roles);
    }

    public String hash(String password, String email) {
        policy.check("password", password, email);
        return hasher.hash(password);
    }

    @Transactional
    User insert(String email, String passwordHash, String displayName, String locale, Set<Role> roles) {
        if (users.existsByEmail(email)) {
            throw emailTaken();
        }
        Instant now = clock.instant();
        User user = users.save(new User(null, email, passwordHash, displayName, locale, true, now, now));
        roles.forEach(role -> users.insertRole(user.id(), role.name()));
        return user;
    }

    public Optional<User> findByEmail(String email) {
        return users.findByEmail(normaliseEmail(email));
    }

    public Optional<User> findById(long id) {
        return users.findById(id);
    }

    public User get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No such user."));
    }

    public Set<Role> roles(long userId) {
        return toRoles(users.findRoles(userId));
    }

    public boolean anyAdministrator() {
        return users.countEnabledAdministrators() > 0;
    }

    public PageDto<UserDto> search(@Nullable String q, @Nullable Role role, int page, int size) {
        String pattern = Text.likeContaining(q);
        String roleName = role == null ? null : role.name();
        List<User> found = users.search(pattern, roleName, size, (long) page * size);
        Map<Long, Set<Role>> roles = found.isEmpty() ? Map.of()
                : users.findRolesOf(found.stream().map(User::id).toList()).stream()
                .collect(Collectors.groupingBy(UserRepository.RoleRow::userId,
                        Collectors.mapping(r -> Role.valueOf(r.role()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        List<UserDto> items = found.stream().map(u -> toDto(u, roles.getOrDefault(u.id(), Set.of()))).toList();
        return new PageDto<>(items, page, size, users.countSearch(pattern, roleName));
    }

    public PageDto<StaffDto> staff(@Nullable Role role, @Nullable String q, int page, int size) {
        if (role != Role.MANAGER && role != Role.TRAINER) {
            throw new ValidationException("role", "must be MANAGER or TRAINER", "validation.invalid-value");
        }
        String pattern = Text.likeContaining(q);
        List<StaffDto> items = users.staff(role.name(), pattern, size, (long) page * size).stream()
                .map(UserService::toStaff).toList();
        return new PageDto<>(items, page, size, users.countStaff(role.name(), pattern));
    }

    /**
     * The accounts behind these ids, in name order, each enabled and holding {@code role}; refuses,
     * naming {@code field}, any id that is not. Ids are as clients send them.
     */
    public List<Long> requireStaff(Collection<String> ids, Role role, String field) {
        return requireStaff(ids, EnumSet.of(role), field);
    }

    /** As {@link #requireStaff(Collection, Role, String)}, each account holding one of {@code roles}. */
    public List<Long> requireStaff(Collection<String> ids, Set<Role> allowed, String field) {
        List<Long> numbers = new ArrayList<>();
        for (String id : ids) {
            long userId = id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
            boolean holds = userId > 0 && findById(userId).filter(User::enabled).isPresent()
                    && roles(userId).stream().anyMatch(allowed::contains);
            if (!holds) {
                throw new ValidationException(field, id + " is not an enabled account with the role " + allowed,
                        "validation.not-staff");
            }
            numbers.add(userId);
        }
        return numbers;
    }

    /** The accounts with these e-mails (already normalised), by e-mail. */
    public Map<String, User> byEmails(Collection<String> emails) {
        return emails.isEmpty() ? Map.of()
                : users.findByEmails(emails).stream().collect(Collectors.toMap(User::email, u -> u));
    }

    /** These accounts as colleagues see them, by name. */
    public List<StaffDto> staffOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findByIds(ids).stream().map(UserService::toStaff).toList();
    }

    private static StaffDto toStaff(User user) {
        return new StaffDto(user.publicId(), user.displayName(), user.email());
    }

    @Transactional
    public UserDto changeRoles(long actingUserId, long userId, Set<Role> roles) {
        User user = get(userId);
        Set<Role> current = roles(userId);
        if (current.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnAdministrator(actingUserId, userId, "remove the administrator role from");
        }
        users.deleteRoles(userId);
        roles.forEach(role -> users.insertRole(userId, role.name()));
        users.update(user.withEnabled(user.enabled(), clock.instant()));
        return toDto(user, roles);
    }

    @Transactional
    public UserDto setEnabled(long actingUserId, long userId, boolean enabled) {
        User user = get(userId);
        if (!enabled && roles(userId).contains(Role.ADMIN)) {
            keepAnAdministrator(actingUserId, userId, "disable");
        }
        User updated = users.update(user.withEnabled(enabled, clock.instant()));
        return toDto(updated, roles(userId));
    }

    /** Checks the policy and hashes outside any transaction: hashing is slow on purpose. */
    public void changePassword(long userId, String newPassword) {
        User user = get(userId);
        policy.check("newPassword", newPassword, user.email());
        users.updatePasswordHash(userId, hasher.hash(newPassword), clock.instant());
    }

    /** A password chosen without the current one (an invited account's first); {@code field} names it in refusals. */
    public void setPassword(long userId, String password, String field) {
        User user = get(userId);
        policy.check(field, password, user.email());
        users.updatePasswordHash(userId, hasher.hash(password), clock.instant());
    }

    public boolean passwordMatches(long userId, String password) {
        return hasher.matches(password, get(userId).passwordHash());
    }

    @Transactional
    public User updateSettings(long userId, String displayName, String locale) {
        return users.update(get(userId).withSettings(displayName.strip(), locale, clock.instant()));
    }

    public UserDto toDto(User user, Set<Role> roles) {
        return new UserDto(user.publicId(), user.email(), user.displayName(), roles, user.locale(), user.enabled(),
                user.createdAt());
    }

    private void keepAnAdministrator(long actingUserId, long userId, String action) {
        if (actingUserId == userId) {
            throw new ConflictException("You cannot " + action + " your own account.", "users.not-yourself", List.of());
        }
        if (users.countEnabledAdministrators() <= 1) {
            throw new ConflictException("The platform must keep at least one enabled administrator.",
                    "users.last-administrator", List.of());
        }
    }

    private static Set<Role> toRoles(List<String> names) {
        return names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static ConflictException emailTaken() {
        return new ConflictException("An account with this e-mail address already exists.", "auth.email-taken",
                List.of(new Problem.FieldError("email", "is already registered", "auth.email-taken")));
    }
}
