package io.wallbreaker.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Https;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Problems;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in and sign-out. One sign-in serves both kinds of client: the signed JWT is set as an
 * HttpOnly, SameSite=Strict cookie for the browser and returned in the body for API clients.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController {

    static final String CSRF_ATTRIBUTE = "csrf";
    private static final AuditedType ENTITY = AuditedType.SESSION;

    private final UserService users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AccessRefreshTokenGenerator tokens;
    private final AuditLog audit;
    private final String cookieName;
    private final SessionRevocation sessions;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;
    private final SecureRandom random = new SecureRandom();

    AuthController(
            UserService users,
            PasswordHasher hasher,
            LoginThrottle throttle,
            AccessRefreshTokenGenerator tokens,
            AuditLog audit,
            SessionRevocation sessions,
            Clock clock,
            TransactionOperations<Connection> tx,
            @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        this.cookieName = cookieName;
        this.sessions = sessions;
        this.clock = clock;
        this.tx = tx;
    }

    @Post("/auth/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginRequest body) {
        String login = body.login() == null ? "" : body.login().trim().toLowerCase(Locale.ROOT);
        if (login.isEmpty() || body.password() == null || body.password().isEmpty()) {
            throw ApiException.invalid(login.isEmpty() ? "login" : "password", "is required");
        }
        if (login.length() > UserService.MAX_LOGIN_LENGTH) {
            throw ApiException.invalid("login", "must be at most " + UserService.MAX_LOGIN_LENGTH + " characters");
        }
        if (body.password().length() > UserService.MAX_PASSWORD) {
            throw ApiException.invalid("password", "must be at most " + UserService.MAX_PASSWORD + " characters");
        }
        Actor attempted = new Actor(login, Actor.Kind.USER, null);
        // Committed before any hashing, so simultaneous guesses are each counted (see LoginThrottle).
        Optional<Duration> locked = throttle.reserve(login);
        if (locked.isPresent()) {
            hasher.verifyDecoy(body.password());
            tx.executeWrite(status -> {
                audit.append(attempted, "LOGIN_LOCKED", ENTITY, null, List.of());
                return null;
            });
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            return Problems.response(
                            429,
                            Problem.of(
                                    429,
                                    "Too many failed sign-ins",
                                    "This login is locked after " + LoginThrottle.MAX_FAILURES
                                            + " failed sign-ins; try again in " + seconds + " seconds."))
                    .header("Retry-After", Long.toString(seconds));
        }
        Optional<UserAccount> account = users.account(login);
        boolean ok = account.isPresent()
                ? hasher.verify(body.password(), account.get().passwordHash())
                : decoy(body.password());
        if (!ok) {
            // The reserved attempt already counts as the failure.
            tx.executeWrite(status -> {
                audit.append(attempted, "LOGIN_FAILURE", ENTITY, null, List.of());
                return null;
            });
            return Problems.response(401, Problem.of(401, "Sign-in failed", "Wrong login or password."));
        }
        UserAccount user = account.get();
        if (!user.active()) {
            tx.executeWrite(status -> {
                throttle.clear(login);
                audit.append(attempted, "LOGIN_DEACTIVATED", ENTITY, null, List.of());
                return null;
            });
            return Problems.response(
                    403, Problem.of(403, "Account deactivated", "This account is deactivated; ask an administrator."));
        }
        tx.executeWrite(status -> {
            throttle.clear(login);
            audit.append(new Actor(login, Actor.Kind.USER, user.id()), "LOGIN_SUCCESS", ENTITY, null, List.of());
            return null;
        });
        String csrf = randomToken();
        Authentication authentication = Authentication.build(
                login,
                List.of(user.role().name()),
                Map.of(
                        Actor.ATTR_USER_ID,
                        user.id(),
                        CSRF_ATTRIBUTE,
                        csrf,
                        SessionRevocation.ISSUED_AT_MILLIS,
                        clock.millis()));
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("no access token generated"));
        long expiresIn = token.getExpiresIn() == null ? 0 : token.getExpiresIn();
        UserView view = users.view(user);
        Me me = new Me(view.login(), view.displayName(), view.role(), view.teams(), csrf);
        MutableHttpResponse<LoginResponse> response =
                HttpResponse.ok(new LoginResponse(token.getAccessToken(), "Bearer", expiresIn, me));
        response.cookie(sessionCookie(request, token.getAccessToken(), Duration.ofSeconds(expiresIn)));
        return response;
    }

    @Post("/auth/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Transactional
    HttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null) {
            Actor actor = Actor.of(authentication);
            audit.append(actor, "LOGOUT", ENTITY, null, List.of());
            if (actor.kind() == Actor.Kind.USER && actor.userId() != null) {
                // Signing out ends the session everywhere, also for a copy of the token.
                sessions.revoke(actor.userId());
            }
        }
        return HttpResponse.noContent().cookie(sessionCookie(request, "", Duration.ZERO));
    }

    /** Body of {@code PUT /api/me/password}. */
    @Serdeable
    record PasswordChange(
            @Nullable String currentPassword, @Nullable String newPassword) {}

    /**
     * Changes the signed-in user's password. Every session of the user ends, this one included (the
     * cookie is cleared): sign in again with the new password. API tokens stay valid.
     */
    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> changePassword(HttpRequest<?> request, @Body PasswordChange body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        if (actor.kind() != Actor.Kind.USER) {
            throw new ApiException(
                    io.micronaut.http.HttpStatus.FORBIDDEN,
                    "Forbidden",
                    "An API token cannot change its owner's password; sign in to do that.");
        }
        users.changeOwnPassword(authentication.getName(), body.currentPassword(), body.newPassword());
        return HttpResponse.noContent().cookie(sessionCookie(request, "", Duration.ZERO));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication authentication) {
        UserView view = users.findView(authentication.getName())
                .orElseThrow(() -> new ApiException(
                        io.micronaut.http.HttpStatus.UNAUTHORIZED,
                        "Unauthorized",
                        "The signed-in user no longer exists."));
        Object csrf = authentication.getAttributes().get(CSRF_ATTRIBUTE);
        return new Me(
                view.login(), view.displayName(), view.role(), view.teams(), csrf == null ? null : csrf.toString());
    }

    private Cookie sessionCookie(HttpRequest<?> request, String value, Duration maxAge) {
        return Cookie.of(cookieName, value)
                .httpOnly(true)
                .secure(Https.isHttps(request))
                .sameSite(SameSite.Strict)
                .path("/")
                .maxAge(maxAge);
    }

    private boolean decoy(String password) {
        hasher.verifyDecoy(password);
        return false;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
