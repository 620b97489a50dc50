package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/**
 * Who did something: a signed-in user, an API token acting for its owner, or the system itself
 * (first start, demo data). {@code name} is what the audit trail shows.
 */
public record Actor(String name, Kind kind, @Nullable Long userId) {

    public static final String ATTR_USER_ID = "uid";
    public static final String ATTR_TOKEN_ID = "tokenId";
    public static final String ATTR_TOKEN_NAME = "tokenName";

    /** How the actor was authenticated. */
    public enum Kind {
        USER,
        TOKEN,
        SYSTEM
    }

    public static final Actor SYSTEM = new Actor("system", Kind.SYSTEM, null);

    public static Actor of(Authentication authentication) {
        Object uid = authentication.getAttributes().get(ATTR_USER_ID);
        Long userId = uid instanceof Number n ? n.longValue() : null;
        Object tokenName = authentication.getAttributes().get(ATTR_TOKEN_NAME);
        if (tokenName != null) {
            return new Actor(authentication.getName() + " (token " + tokenName + ")", Kind.TOKEN, userId);
        }
        return new Actor(authentication.getName(), Kind.USER, userId);
    }
}
