package io.wallbreaker.security;

/** The three roles: ADMIN manages people and teams, MEMBER records things, VIEWER (leadership) only reads. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MEMBER = "MEMBER";
    public static final String VIEWER = "VIEWER";

    private Roles() {}
}
