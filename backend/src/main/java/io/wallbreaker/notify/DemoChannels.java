package io.wallbreaker.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/**
 * The demo's notification channel: Operations' on-call webhook. Its URL points at a local port
 * where nothing listens (a demo has no real endpoint), so its delivery log shows what a channel
 * that is down looks like: every delivery retried with backoff, then dead, each with its error,
 * ready for "Retry" once a real URL is set.
 */
@Singleton
@Requires(property = "wallbreaker.demo", value = "true")
public class DemoChannels {

    static final String NAME = "Operations on-call (demo)";
    private static final Actor DEMO = new Actor("demo-data", Actor.Kind.SYSTEM, null);

    private final ChannelService channels;
    private final ChannelStore store;
    private final TransactionOperations<Connection> tx;

    DemoChannels(ChannelService channels, ChannelStore store, TransactionOperations<Connection> tx) {
        this.channels = channels;
        this.store = store;
        this.tx = tx;
    }

    /** Creates the channel unless it exists; before the demo's requests, so their notices reach it. */
    public void load() {
        if (tx.executeRead(status -> store.all().stream().anyMatch(c -> c.name().equals(NAME)))) {
            return;
        }
        try {
            channels.create(
                    new ChannelCreate(
                            "WEBHOOK",
                            NAME,
                            "http://127.0.0.1:9/wallbreaker-demo",
                            null,
                            List.of("operations"),
                            null,
                            true),
                    DEMO);
        } catch (io.wallbreaker.common.ApiException refused) {
            // An allow-list of hosts without 127.0.0.1: the demo goes without its channel.
            org.slf4j.LoggerFactory.getLogger(DemoChannels.class)
                    .info("Demo notification channel not created: {}", refused.getMessage());
        }
    }
}
