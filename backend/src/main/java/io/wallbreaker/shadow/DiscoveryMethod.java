package io.wallbreaker.shadow;

/** How a shadow system came to light; {@code SELF_REPORTED} is amnesty, not a failure of detection. */
public enum DiscoveryMethod {
    SELF_REPORTED,
    BILLING_AUDIT,
    DNS_SCAN,
    NETWORK_SCAN,
    /** Found in a provider's inventory (a Heroku account's apps, a cloud organisation's accounts). */
    INVENTORY,
    INCIDENT,
    OTHER
}
