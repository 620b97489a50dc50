package io.wallbreaker.security;

/** A user's role; see {@link Roles} for what each may do. */
public enum Role {
    ADMIN,
    MEMBER,
    VIEWER
}
