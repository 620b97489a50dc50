package io.wallbreaker.shadow;

/** How a shadow system came to light; {@code SELF_REPORTED} is amnesty, not a failure of detection. */
public enum DiscoveryMethod {
    SELF_REPORTED,
    BILLING_AUDIT,
    DNS_SCAN,
    NETWORK_SCAN,
    INCIDENT,
    OTHER
}
