package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Users, their roles and team memberships; every change is audited. */
@Singleton
public class UserService {

    static final int MAX_LOGIN_LENGTH = 64;
    static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2," + MAX_LOGIN_LENGTH + "}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 256;
    static final AuditedType ENTITY = AuditedType.USER;

    /** What the user list sorts by; by login by default. */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("id")
            .add("login", "login")
            .text("displayName", "display_name")
            .ordinal("role", "role", Role.class)
            .add("createdAt", "created_at")
            .byDefault("login,asc");

    private final UserRepository users;
    private final JdbcOperations jdbc;
    private final TeamDirectory teams;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Constraints constraints;
    private final SessionRevocation sessions;
    private final Clock clock;

    UserService(
            UserRepository users,
            JdbcOperations jdbc,
            TeamDirectory teams,
            PasswordHasher hasher,
            AuditLog audit,
            Constraints constraints,
            SessionRevocation sessions,
            Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.teams = teams;
        this.hasher = hasher;
        this.audit = audit;
        this.constraints = constraints;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<UserView> list(Paging paging) {
        PageOf<UserAccount> page =
                new SqlQuery("*", "app_user").page(jdbc, paging, rs -> jdbc.readEntity(rs, UserAccount.class));
        Map<Long, List<String>> memberships =
                teamSlugs(page.items().stream().map(UserAccount::id).toList());
        return page.map(u -> view(u, memberships.getOrDefault(u.id(), List.of())));
    }

    /** The team slugs of each of the given users, in one query. */
    private Map<Long, List<String>> teamSlugs(List<Long> userIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        SqlQuery.forEach(
                jdbc,
                "SELECT ut.user_id, t.slug FROM user_team ut JOIN team t ON t.id = ut.team_id WHERE ut.user_id IN ("
                        + String.join(", ", Collections.nCopies(userIds.size(), "?")) + ") ORDER BY t.slug",
                new ArrayList<>(userIds),
                rs -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        return result;
    }

    @Transactional(readOnly = true)
    public UserView get(String login) {
        return view(find(login));
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findView(String login) {
        return users.findByLogin(login).map(this::view);
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional
    public UserView create(UserCreate body, Actor actor) {
        Validator v = new Validator();
        String login = body.login() == null ? null : body.login().trim().toLowerCase(Locale.ROOT);
        v.require("login", login)
                .matches("login", login, LOGIN, "must be 2–64 lowercase letters, digits, dots, dashes or underscores");
        constraints.check(v, body, "");
        checkPassword(v, body.password(), true);
        Role role = v.enumValue("role", body.role(), Role.class);
        List<String> teamSlugs = distinct(body.teams());
        v.throwIfInvalid();
        var teamIds = teams.requireIds("teams", teamSlugs);
        if (users.existsByLogin(login)) {
            throw UniqueViolations.duplicate("login", "is already taken by another user");
        }
        Instant now = clock.instant();
        UserAccount saved = users.save(new UserAccount(
                null, login, body.displayName().trim(), hasher.hash(body.password()), role, 0L, now, now, true));
        teamIds.values().forEach(teamId -> users.insertMembership(saved.id(), teamId));
        UserView view = view(saved);
        audit.created(actor, ENTITY, login, view);
        return view;
    }

    @Transactional
    public UserView update(String login, UserUpdate body, Actor actor) {
        Validator v = new Validator();
        constraints.check(v, body, "");
        boolean newPassword = body.password() != null && !body.password().isEmpty();
        if (newPassword) {
            checkPassword(v, body.password(), true);
        }
        Role role = v.enumValue("role", body.role(), Role.class);
        v.require("version", body.version());
        List<String> teamSlugs = distinct(body.teams());
        v.throwIfInvalid();
        var teamIds = teams.requireIds("teams", teamSlugs);
        UserAccount current = find(login);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion("User '" + login + "'");
        }
        boolean active = body.active() == null ? current.active() : body.active();
        boolean deactivating = current.active() && !active;
        if (deactivating && current.login().equals(actor.name()) && actor.kind() == Actor.Kind.USER) {
            throw ApiException.invalid("active", "you cannot deactivate your own account");
        }
        boolean losesAdmin = current.role() == Role.ADMIN && current.active() && (!active || role != Role.ADMIN);
        if (losesAdmin && activeAdmins() <= 1) {
            throw ApiException.invalid(
                    deactivating ? "active" : "role",
                    "the last active administrator must stay an active administrator");
        }
        UserView before = view(current);
        UserAccount updated = users.update(new UserAccount(
                current.id(),
                current.login(),
                body.displayName().trim(),
                newPassword ? hasher.hash(body.password()) : current.passwordHash(),
                role,
                current.version(),
                current.createdAt(),
                clock.instant(),
                active));
        users.deleteMemberships(current.id());
        teamIds.values().forEach(teamId -> users.insertMembership(current.id(), teamId));
        UserView after = view(updated);
        List<Change> changes = new ArrayList<>(AuditLog.diff(before, after));
        if (newPassword) {
            changes.add(new Change("password", null, "(changed)"));
        }
        if (newPassword || role != current.role() || deactivating) {
            // Session tokens carry the role they were issued with: make the user sign in again.
            sessions.revoke(current.id());
        }
        if (deactivating) {
            int revoked = SqlQuery.update(
                    jdbc,
                    "UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                    List.of(clock.instant(), current.id()));
            if (revoked > 0) {
                changes.add(new Change("apiTokens", revoked + " active", "revoked"));
            }
        }
        audit.append(actor, "UPDATE", ENTITY, login, changes);
        return after;
    }

    /** Creates a user unless the login exists; for first start and demo data. */
    @Transactional
    public boolean ensure(String login, String displayName, String password, Role role, List<String> teamSlugs) {
        if (users.existsByLogin(login)) {
            return false;
        }
        create(new UserCreate(login, displayName, password, role.name(), teamSlugs), Actor.SYSTEM);
        return true;
    }

    Optional<UserAccount> account(String login) {
        return users.findByLogin(login);
    }

    UserView view(UserAccount account) {
        return view(account, users.findTeamSlugs(account.id()));
    }

    private static UserView view(UserAccount account, List<String> teamSlugs) {
        return new UserView(
                account.login(),
                account.displayName(),
                account.role(),
                teamSlugs,
                account.version(),
                account.createdAt(),
                account.active());
    }

    private long activeAdmins() {
        return SqlQuery.list(
                        jdbc,
                        "SELECT COUNT(*) FROM app_user WHERE role = ? AND active = TRUE",
                        List.of(Role.ADMIN.name()),
                        rs -> rs.getLong(1))
                .get(0);
    }

    /**
     * The signed-in user changes their own password, proving the current one. Every session of the
     * user ends; API tokens stay valid: each is a separate credential, revoked on its own page.
     */
    @Transactional
    public void changeOwnPassword(String login, @Nullable String currentPassword, @Nullable String newPassword) {
        Validator v = new Validator();
        v.require("currentPassword", currentPassword);
        v.require("newPassword", newPassword);
        if (newPassword != null && !newPassword.isEmpty()) {
            if (newPassword.length() < MIN_PASSWORD) {
                v.add("newPassword", "must be at least " + MIN_PASSWORD + " characters");
            } else if (newPassword.length() > MAX_PASSWORD) {
                v.add("newPassword", "must be at most " + MAX_PASSWORD + " characters");
            } else if (newPassword.equals(currentPassword)) {
                v.add("newPassword", "must differ from the current password");
            }
        }
        if (currentPassword != null && currentPassword.length() > MAX_PASSWORD) {
            v.add("currentPassword", "must be at most " + MAX_PASSWORD + " characters");
        }
        v.throwIfInvalid();
        UserAccount current = find(login);
        if (!hasher.verify(currentPassword, current.passwordHash())) {
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        SqlQuery.update(
                jdbc,
                "UPDATE app_user SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?",
                List.of(hasher.hash(newPassword), clock.instant(), current.id()));
        sessions.revoke(current.id());
        audit.append(
                new Actor(login, Actor.Kind.USER, current.id()),
                "PASSWORD_CHANGE",
                ENTITY,
                login,
                List.of(new Change("password", null, "(changed)")));
    }

    private UserAccount find(String login) {
        return users.findByLogin(login).orElseThrow(() -> ApiException.notFound("User '" + login + "'"));
    }

    private static void checkPassword(Validator v, String password, boolean required) {
        if (required) {
            v.require("password", password);
        }
        if (password != null && !password.isEmpty()) {
            if (password.length() < MIN_PASSWORD) {
                v.add("password", "must be at least " + MIN_PASSWORD + " characters");
            } else if (password.length() > MAX_PASSWORD) {
                v.add("password", "must be at most " + MAX_PASSWORD + " characters");
            }
        }
    }

    private static List<String> distinct(Collection<String> slugs) {
        return slugs == null ? List.of() : List.copyOf(new LinkedHashSet<>(slugs));
    }
}
