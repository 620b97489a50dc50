package io.wallbreaker.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of notifications ({@code wallbreaker.notifications.*}, environment variables
 * {@code WALLBREAKER_NOTIFICATIONS_*}); docs/NOTIFICATIONS.md lists them.
 */
@ConfigurationProperties("wallbreaker.notifications")
public class NotifySettings {

    /** The address people open Wallbreaker at: links in notifications start with it. */
    private String publicUrl = "http://localhost:8080";
    /** Tries before a delivery is dead. */
    private int maxAttempts = 8;
    /** The first retry's wait; each later one doubles it (with ±50 % jitter), up to an hour. */
    private Duration retryBase = Duration.ofSeconds(10);

    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    /** How long sent and dead notifications are kept. */
    private Duration retention = Duration.ofDays(30);
    /** Time-based notifications whose moment is longer ago than this are not sent any more (catch-up after downtime). */
    private Duration catchUp = Duration.ofDays(7);
    /** A postmortem still in draft this long after its incident was resolved is in the team's court. */
    private int postmortemDraftDays = 5;
    /** The weekly digest: day and hour in {@link #zone}. */
    private DayOfWeek digestDay = DayOfWeek.MONDAY;

    private int digestHour = 8;
    private ZoneId zone = ZoneId.of("UTC");
    /** SMTP for EMAIL channels; without a host, e-mail deliveries fail with that reason. */
    private @Nullable String smtpHost;

    private int smtpPort = 25;
    private @Nullable String smtpUsername;
    private @Nullable String smtpPassword;
    /** STARTTLS (usually port 587); {@link #smtpSsl} is TLS from the start (port 465). */
    private boolean smtpStarttls;

    private boolean smtpSsl;
    private String smtpFrom = "wallbreaker@localhost";
    /**
     * Hosts channel URLs may point to ({@code hooks.slack.com}, or {@code .example.org} for a domain
     * and its subdomains); empty: any host. Against a channel URL aimed at an internal service.
     */
    private java.util.List<String> allowedHosts = java.util.List.of();

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getRetryBase() {
        return retryBase;
    }

    public void setRetryBase(Duration retryBase) {
        this.retryBase = retryBase;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getCatchUp() {
        return catchUp;
    }

    public void setCatchUp(Duration catchUp) {
        this.catchUp = catchUp;
    }

    public int getPostmortemDraftDays() {
        return postmortemDraftDays;
    }

    public void setPostmortemDraftDays(int postmortemDraftDays) {
        this.postmortemDraftDays = postmortemDraftDays;
    }

    public DayOfWeek getDigestDay() {
        return digestDay;
    }

    public void setDigestDay(DayOfWeek digestDay) {
        this.digestDay = digestDay;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** Whether e-mail can be sent at all (an SMTP host is configured). */
    public boolean emailConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    public @Nullable String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(@Nullable String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public int getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    public @Nullable String getSmtpUsername() {
        return smtpUsername;
    }

    public void setSmtpUsername(@Nullable String smtpUsername) {
        this.smtpUsername = smtpUsername;
    }

    public @Nullable String getSmtpPassword() {
        return smtpPassword;
    }

    public void setSmtpPassword(@Nullable String smtpPassword) {
        this.smtpPassword = smtpPassword;
    }

    public boolean isSmtpStarttls() {
        return smtpStarttls;
    }

    public void setSmtpStarttls(boolean smtpStarttls) {
        this.smtpStarttls = smtpStarttls;
    }

    public boolean isSmtpSsl() {
        return smtpSsl;
    }

    public void setSmtpSsl(boolean smtpSsl) {
        this.smtpSsl = smtpSsl;
    }

    public String getSmtpFrom() {
        return smtpFrom;
    }

    public void setSmtpFrom(String smtpFrom) {
        this.smtpFrom = smtpFrom;
    }

    public java.util.List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(java.util.List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    /** Whether a channel may send to {@code host}. */
    boolean allows(@Nullable String host) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return allowedHosts.stream()
                .anyMatch(a -> a.startsWith(".") ? h.endsWith(a) || h.equals(a.substring(1)) : h.equals(a));
    }

    /** An absolute link to an app path ({@code /requests/12}). */
    String link(String path) {
        return publicUrl + path;
    }
}
