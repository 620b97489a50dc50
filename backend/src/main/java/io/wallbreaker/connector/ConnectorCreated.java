package io.wallbreaker.connector;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to creating a connector or rotating its secret: the only time the secret and the
 * token URL (for Jira Data Center, which cannot sign) are shown.
 */
@Serdeable
public record ConnectorCreated(
        long id,
        ConnectorKind kind,
        String name,
        boolean enabled,
        ConnectorMapping mapping,
        boolean customMapping,
        String webhookUrl,
        String webhookUrlWithToken,
        String secret,
        long version) {}
