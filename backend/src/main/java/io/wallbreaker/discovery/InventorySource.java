package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.shadow.DiscoveryMethod;
import java.util.Arrays;

/** Where an inventory comes from; {@link #path} is its name in {@code /api/inventories/{source}/import}. */
public enum InventorySource {
    HEROKU("heroku", "Heroku", DiscoveryMethod.INVENTORY),
    AWS_ORGANIZATIONS("aws-organizations", "AWS", DiscoveryMethod.INVENTORY),
    DNS("dns", "DNS", DiscoveryMethod.DNS_SCAN),
    CSV("csv", null, DiscoveryMethod.BILLING_AUDIT);

    private final String path;
    private final @Nullable String provider;
    private final DiscoveryMethod method;

    InventorySource(String path, @Nullable String provider, DiscoveryMethod method) {
        this.path = path;
        this.provider = provider;
        this.method = method;
    }

    public String path() {
        return path;
    }

    /** The provider its items run on (a CSV names its own per row). */
    public @Nullable String provider() {
        return provider;
    }

    /** How a shadow system confirmed from this source was discovered. */
    public DiscoveryMethod method() {
        return method;
    }

    public static @Nullable InventorySource ofPath(@Nullable String path) {
        return Arrays.stream(values())
                .filter(s -> s.path.equals(path))
                .findFirst()
                .orElse(null);
    }

    /** The source part of a stored snapshot key ({@code csv:billing} → CSV). */
    public static InventorySource ofKey(String key) {
        int colon = key.indexOf(':');
        InventorySource s = ofPath(colon < 0 ? key : key.substring(0, colon));
        if (s == null) {
            throw new IllegalStateException("unknown inventory source " + key);
        }
        return s;
    }

    public static String allowed() {
        return String.join(
                ", ", Arrays.stream(values()).map(InventorySource::path).toList());
    }
}
