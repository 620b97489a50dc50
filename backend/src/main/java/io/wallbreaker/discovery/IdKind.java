package io.wallbreaker.discovery;

/**
 * What identifies a system in an inventory. A known system has identifiers of these kinds (from
 * its catalog entry); an inventory item has some of them; matching compares like with like (see
 * {@link Matcher}).
 */
enum IdKind {
    /** A host name, lower case without a trailing dot; for a known system also {@code *.suffix}. */
    HOST,
    /** A Heroku app name. */
    HEROKU_APP,
    /** A 12-digit AWS account id. */
    AWS_ACCOUNT,
    /** A catalog entity's name (matched by Heroku app names and CSV identifiers). */
    NAME,
    /** An inventory item's DNS CNAME target (matched against known hosts). */
    CNAME,
    /** A CSV item's identifier (matched against every kind of known identifier). */
    IDENTIFIER
}
