package io.wallbreaker.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.wallbreaker.audit.Actor;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Accepts {@code Authorization: Bearer wbt_…} API tokens next to the session JWTs: a live token
 * authenticates as its owner with the owner's current role. The database look-up runs on the
 * blocking executor, off the event loop.
 */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiTokenService tokens;
    private final ExecutorService blocking;

    ApiTokenValidator(ApiTokenService tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || !token.startsWith(ApiTokenService.PREFIX)) {
            return Publishers.empty();
        }
        CompletableFuture<Optional<Authentication>> lookup = CompletableFuture.supplyAsync(
                () -> tokens.authenticate(token)
                        .map(owner -> Authentication.build(
                                owner.login(),
                                List.of(owner.role().name()),
                                Map.of(
                                        Actor.ATTR_USER_ID,
                                        owner.userId(),
                                        Actor.ATTR_TOKEN_ID,
                                        owner.tokenId(),
                                        Actor.ATTR_TOKEN_NAME,
                                        owner.tokenName()))),
                blocking);
        return Publishers.fromCompletableFuture(lookup.thenApply(found -> found.orElse(null)));
    }
}
