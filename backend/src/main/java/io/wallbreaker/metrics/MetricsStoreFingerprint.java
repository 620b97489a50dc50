package io.wallbreaker.metrics;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/** Reads the data fingerprint in its own short read transaction. */
@Singleton
class MetricsStoreFingerprint {

    private final MetricsStore store;
    private final TransactionOperations<Connection> tx;

    MetricsStoreFingerprint(MetricsStore store, TransactionOperations<Connection> tx) {
        this.store = store;
        this.tx = tx;
    }

    String current() {
        return tx.executeRead(status -> store.fingerprint());
    }
}
