package io.wallbreaker.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no user at all) creates the {@code admin} account, with the password from
 * {@code WALLBREAKER_ADMIN_PASSWORD} or a generated one printed once in the log.
 */
@Singleton
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final UserService users;
    private final String configuredPassword;

    FirstStart(UserService users, @Value("${wallbreaker.admin-password:}") @Nullable String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureAdmin();
    }

    /** Idempotent; also called by the demo loader, which must not create users before the admin exists. */
    public void ensureAdmin() {
        if (users.anyUserExists()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            if (users.ensure("admin", "Administrator", password, Role.ADMIN, List.of()) && generated) {
                LOG.warn(
                        "Created the first account: login 'admin', password '{}' (shown once; change it after "
                                + "signing in, or set WALLBREAKER_ADMIN_PASSWORD before the first start)",
                        password);
            }
        } catch (RuntimeException anotherInstanceWon) {
            // A second instance starting against the same empty database created it first.
            if (!users.anyUserExists()) {
                throw anotherInstanceWon;
            }
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
