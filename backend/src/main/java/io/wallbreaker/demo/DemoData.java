package io.wallbreaker.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.security.FirstStart;
import io.wallbreaker.security.Role;
import io.wallbreaker.security.UserService;
import io.wallbreaker.team.TeamDirectory;
import io.wallbreaker.team.TeamKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story from the seed post as data: Product Dev (Larry's team), Operations (Daryl's), Support,
 * and the team that later builds the new app; plus the documented demo users. Every step is
 * "create unless present", so loading twice never duplicates anything.
 */
@Singleton
@Requires(property = "wallbreaker.demo", value = "true")
class DemoData {

    /** Password of every demo user (documented in the README; 12+ characters as the policy requires). */
    static final String DEMO_PASSWORD = "wallbreaker-demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final TeamDirectory teams;
    private final UserService users;
    private final FirstStart firstStart;
    private final Clock clock;

    DemoData(TeamDirectory teams, UserService users, FirstStart firstStart, Clock clock) {
        this.teams = teams;
        this.users = users;
        this.firstStart = firstStart;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        firstStart.ensureAdmin();
        load();
        LOG.info("Demo data loaded (users larry, daryl, sam, lee; password '{}')", DEMO_PASSWORD);
    }

    @Transactional
    void load() {
        Instant now = clock.instant();
        teams.ensure("product-dev", "Product Dev", TeamKind.DEV, now);
        teams.ensure("operations", "Operations", TeamKind.OPS, now);
        teams.ensure("support", "Support", TeamKind.SUPPORT, now);
        teams.ensure("new-app", "New App Team", TeamKind.DEV, now);
        teams.ensure("security", "Security", TeamKind.SECURITY, now);
        teams.ensure("leadership", "Leadership", TeamKind.LEADERSHIP, now);
        users.ensure("larry", "Larry (dev lead)", DEMO_PASSWORD, Role.MEMBER, List.of("product-dev", "new-app"));
        users.ensure("daryl", "Daryl (ops lead)", DEMO_PASSWORD, Role.MEMBER, List.of("operations"));
        users.ensure("sam", "Sam (support)", DEMO_PASSWORD, Role.MEMBER, List.of("support"));
        users.ensure("lee", "Lee (leadership)", DEMO_PASSWORD, Role.VIEWER, List.of("leadership"));
    }
}
