package io.wallbreaker.notify;

/** Where a channel sends. */
public enum ChannelKind {
    /** A Slack incoming webhook: {@code text} and Block Kit {@code blocks}. */
    SLACK,
    /** A Microsoft Teams workflow webhook: an Adaptive Card. */
    TEAMS,
    /** Any HTTP endpoint: a signed JSON body of a documented schema. */
    WEBHOOK,
    /** An e-mail address, through the configured SMTP server. */
    EMAIL
}
