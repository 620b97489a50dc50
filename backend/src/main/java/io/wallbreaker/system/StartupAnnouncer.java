package io.wallbreaker.system;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the one line an operator waits for: where the app is now reachable. */
@Singleton
final class StartupAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger("io.wallbreaker");

    @EventListener
    void onStartup(ServerStartupEvent event) {
        LOG.info("Wallbreaker ready at {}", event.getSource().getURL());
    }
}
