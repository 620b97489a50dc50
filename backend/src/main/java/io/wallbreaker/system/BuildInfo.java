package io.wallbreaker.system;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar at build time. */
@Singleton
final class BuildInfo {

    private final String version;

    BuildInfo(ResourceResolver resources) {
        Properties props = new Properties();
        resources.getResourceAsStream("classpath:wallbreaker-build.properties").ifPresent(in -> {
            try (InputStream stream = in) {
                props.load(stream);
            } catch (IOException e) {
                throw new IllegalStateException("unreadable wallbreaker-build.properties", e);
            }
        });
        this.version = props.getProperty("version", "dev");
    }

    String version() {
        return version;
    }
}
