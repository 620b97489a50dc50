package io.wallbreaker.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.connector.DemoConnector;
import io.wallbreaker.discovery.DemoDiscovery;
import io.wallbreaker.incident.ActionItemCreate;
import io.wallbreaker.incident.ActionItemService;
import io.wallbreaker.incident.IncidentCreate;
import io.wallbreaker.incident.IncidentService;
import io.wallbreaker.incident.TimelineEntryCreate;
import io.wallbreaker.incident.TimelineService;
import io.wallbreaker.notify.DemoChannels;
import io.wallbreaker.postmortem.PostmortemSave;
import io.wallbreaker.postmortem.PostmortemService;
import io.wallbreaker.request.EventCreate;
import io.wallbreaker.request.OlaTarget;
import io.wallbreaker.request.OlaTargets;
import io.wallbreaker.request.RequestImport;
import io.wallbreaker.request.RequestImportItem;
import io.wallbreaker.request.RequestImportResult;
import io.wallbreaker.security.FirstStart;
import io.wallbreaker.security.Role;
import io.wallbreaker.security.UserService;
import io.wallbreaker.shadow.ShadowSystemCreate;
import io.wallbreaker.shadow.ShadowSystemService;
import io.wallbreaker.team.TeamDirectory;
import io.wallbreaker.team.TeamKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story from the seed post as data, dated relative to today so it sits in the dashboard's
 * default window: Product Dev asks Operations for production logs to chase a data-corruption race
 * condition and plays three weeks of ticket ping-pong; the root cause is an improperly cleared
 * cache value. The next year Product Dev's request for an environment for the new app is
 * declined, the app goes live on Heroku, and Operations finds it about eleven and a half months
 * later in a billing audit. Around it: everyday requests between other teams, so the Product Dev →
 * Operations wall stands out. Every step is "create unless present" (requests by externalRef,
 * the incident by title, shadow systems by URL), so loading twice never duplicates anything.
 */
@Singleton
@Requires(property = "wallbreaker.demo", value = "true")
class DemoData {

    /** Password of every demo user (documented in the README; 12+ characters as the policy requires). */
    static final String DEMO_PASSWORD = "wallbreaker-demo";

    static final String INCIDENT_TITLE = "Data corruption for a small share of users (race condition)";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor("demo-data", Actor.Kind.SYSTEM, null);
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private final TeamDirectory teams;
    private final UserService users;
    private final FirstStart firstStart;
    private final IncidentService incidents;
    private final TimelineService timeline;
    private final ActionItemService actionItems;
    private final PostmortemService postmortems;
    private final RequestImport requestImport;
    private final OlaTargets olaTargets;
    private final ShadowSystemService shadowSystems;
    private final DemoConnector demoConnector;
    private final DemoChannels demoChannels;
    private final DemoDiscovery demoDiscovery;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoData(
            TeamDirectory teams,
            UserService users,
            FirstStart firstStart,
            IncidentService incidents,
            TimelineService timeline,
            ActionItemService actionItems,
            PostmortemService postmortems,
            RequestImport requestImport,
            OlaTargets olaTargets,
            ShadowSystemService shadowSystems,
            DemoConnector demoConnector,
            DemoChannels demoChannels,
            DemoDiscovery demoDiscovery,
            JdbcOperations jdbc,
            Clock clock) {
        this.teams = teams;
        this.users = users;
        this.firstStart = firstStart;
        this.incidents = incidents;
        this.timeline = timeline;
        this.actionItems = actionItems;
        this.postmortems = postmortems;
        this.requestImport = requestImport;
        this.olaTargets = olaTargets;
        this.shadowSystems = shadowSystems;
        this.demoConnector = demoConnector;
        this.demoChannels = demoChannels;
        this.demoDiscovery = demoDiscovery;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        firstStart.ensureAdmin();
        loadPeople();
        Instant today = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        demoChannels.load();
        long incidentId = loadIncident(today);
        loadRequests(today, incidentId);
        loadShadowSystems(today);
        demoDiscovery.load();
        LOG.info("Demo data loaded (users larry, daryl, sam, lee; password '{}')", DEMO_PASSWORD);
    }

    @Transactional
    void loadPeople() {
        Instant now = clock.instant();
        teams.ensure("product-dev", "Product Dev", TeamKind.DEV, now);
        teams.ensure("operations", "Operations", TeamKind.OPS, now);
        teams.ensure("support", "Support", TeamKind.SUPPORT, now);
        teams.ensure("security", "Security", TeamKind.SECURITY, now);
        teams.ensure("leadership", "Leadership", TeamKind.LEADERSHIP, now);
        users.ensure("larry", "Larry (head of Product Dev)", DEMO_PASSWORD, Role.MEMBER, List.of("product-dev"));
        users.ensure("daryl", "Daryl (Operations lead)", DEMO_PASSWORD, Role.MEMBER, List.of("operations"));
        users.ensure("sam", "Sam (Support)", DEMO_PASSWORD, Role.MEMBER, List.of("support"));
        users.ensure("lee", "Lee (Leadership)", DEMO_PASSWORD, Role.VIEWER, List.of("leadership"));
    }

    /** Detected 460 days ago; three weeks to root cause; resolved after 23 days. */
    @Transactional
    long loadIncident(Instant today) {
        Optional<Long> existing = SqlQuery.list(
                        jdbc, "SELECT id FROM incident WHERE title = ?", List.of(INCIDENT_TITLE), rs -> rs.getLong(1))
                .stream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant detected = today.minus(460, ChronoUnit.DAYS).plusSeconds(9 * HOUR);
        long id = incidents
                .create(
                        new IncidentCreate(
                                INCIDENT_TITLE,
                                "SEV2",
                                "POSTMORTEM_PUBLISHED",
                                iso(detected.minusSeconds(3 * DAY)),
                                iso(detected),
                                iso(detected.plusSeconds(22 * DAY)),
                                iso(detected.plusSeconds(22 * DAY + 4 * HOUR)),
                                iso(detected.plusSeconds(23 * DAY)),
                                List.of("product-dev", "operations", "support"),
                                List.of("checkout", "order-service"),
                                List.of("data-corruption", "race-condition"),
                                List.of("cross-team-access", "missing-observability"),
                                "For three weeks, some customer orders were saved with values that belonged to another order, "
                                        + "so customers saw wrong totals. Finding the race took three weeks because production logs "
                                        + "were only reachable through tickets to Operations."),
                        DEMO)
                .id();
        timelineEntry(
                id,
                detected.minusSeconds(3 * DAY),
                "COMMUNICATION",
                "First customer reports of order totals that do not match their lines reach Support.");
        timelineEntry(id, detected, "DETECTION", "Support escalates: some orders carry values from another order.");
        timelineEntry(
                id,
                detected.plusSeconds(HOUR),
                "ESCALATION",
                "Product Dev cannot reproduce it outside production and asks Operations for the order service's logs.");
        timelineEntry(
                id,
                detected.plusSeconds(DAY),
                "ACTION",
                "Operations asks for a ticket with the patterns to look for and a time range.");
        timelineEntry(
                id, detected.plusSeconds(9 * DAY), "ACTION", "Operations asks again: the time range is too wide.");
        timelineEntry(
                id,
                detected.plusSeconds(22 * DAY),
                "ROOT_CAUSE",
                "A two-hour log window shows two requests touching the same order within milliseconds: "
                        + "a cache entry outlives the order update.");
        timelineEntry(
                id,
                detected.plusSeconds(22 * DAY + 4 * HOUR),
                "MITIGATION",
                "Fix shipped: the cache entry is cleared inside the transaction that updates the order.");
        timelineEntry(
                id,
                detected.plusSeconds(23 * DAY),
                "RESOLUTION",
                "The 214 affected orders are repaired from the audit column.");
        actionItems.add(
                id,
                new ActionItemCreate(
                        "Clear the order cache entry inside the writing transaction, with a concurrency test",
                        "product-dev",
                        date(detected.plusSeconds(30 * DAY)),
                        "DONE"),
                DEMO);
        actionItems.add(
                id,
                new ActionItemCreate(
                        "Give on-call developers read-only access to production logs",
                        "operations",
                        date(detected.plusSeconds(45 * DAY)),
                        "OPEN"),
                DEMO);
        actionItems.add(
                id,
                new ActionItemCreate(
                        "Agree a lead-time target for log-access requests",
                        "operations",
                        date(detected.plusSeconds(60 * DAY)),
                        "OPEN"),
                DEMO);
        // Open work for this week, so Product Dev and Support each find something in their court.
        actionItems.add(
                id,
                new ActionItemCreate(
                        "Log a request id with every order service call",
                        "product-dev",
                        date(today.plusSeconds(3 * DAY)),
                        "OPEN"),
                DEMO);
        actionItems.add(
                id,
                new ActionItemCreate(
                        "Write down how Support escalates suspected data corruption",
                        "support",
                        date(today.plusSeconds(5 * DAY)),
                        "OPEN"),
                DEMO);
        // The log excerpt in the postmortem is dated the day before the root cause was found, like the rest.
        String story = PostmortemService.storyMarkdown()
                .replace(PostmortemService.STORY_LOG_DATE, date(detected.plusSeconds(21 * DAY)));
        postmortems.save(id, new PostmortemSave(story, "PUBLISHED", null), DEMO);
        return id;
    }

    /** The log-access ping-pong, the declined environment request, and everyday traffic between teams. */
    void loadRequests(Instant today, long incidentId) {
        Instant detected = today.minus(460, ChronoUnit.DAYS).plusSeconds(9 * HOUR);
        Instant logs = detected.plusSeconds(HOUR);
        List<RequestImportItem> items = new ArrayList<>();
        items.add(item(
                "DEMO-LOG-ACCESS",
                "Live production logs to chase a data-corruption race condition",
                "LOG_ACCESS",
                "product-dev",
                "operations",
                incidentId,
                logs,
                "We think there's a race condition but can't reproduce it locally.",
                ev(
                        "NEEDS_INFO",
                        logs.plusSeconds(DAY),
                        "operations",
                        "File a ticket with the patterns to look for and a time range; we'll pull logs next week."),
                ev("INFO_PROVIDED", logs.plusSeconds(2 * DAY), "product-dev", "Ticket filed with patterns and range."),
                ev(
                        "NEEDS_INFO",
                        logs.plusSeconds(9 * DAY),
                        "operations",
                        "The time range is too wide, narrow it down."),
                ev("INFO_PROVIDED", logs.plusSeconds(10 * DAY), "product-dev", "Narrowed to two hours around reports."),
                ev("STARTED", logs.plusSeconds(14 * DAY), "operations", "Pulling log extract."),
                ev("FULFILLED", logs.plusSeconds(21 * DAY), "operations", "Log extract attached.")));
        Instant replica = detected.plusSeconds(40 * DAY);
        items.add(item(
                "DEMO-REPLICA",
                "Read access to a production replica for debugging",
                "PROD_ACCESS",
                "product-dev",
                "operations",
                null,
                replica,
                "So the next incident doesn't need three weeks of tickets.",
                ev("NEEDS_INFO", replica.plusSeconds(2 * DAY), "operations", "Which tables, and who exactly?"),
                ev("INFO_PROVIDED", replica.plusSeconds(3 * DAY), "product-dev", "List attached."),
                ev("NEEDS_INFO", replica.plusSeconds(8 * DAY), "operations", "Security sign-off needed."),
                ev("INFO_PROVIDED", replica.plusSeconds(9 * DAY), "product-dev", "Security agreed by mail."),
                ev("DECLINED", replica.plusSeconds(12 * DAY), "operations", "Production stays closed to developers.")));
        Instant env = today.minus(395, ChronoUnit.DAYS).plusSeconds(10 * HOUR);
        items.add(item(
                "DEMO-NEW-APP-ENV",
                "Production environment and database for the new customer app",
                "INFRA_CHANGE",
                "product-dev",
                "operations",
                null,
                env,
                "Launch planned next quarter.",
                ev("NEEDS_INFO", env.plusSeconds(3 * DAY), "operations", "Send a capacity plan."),
                ev("INFO_PROVIDED", env.plusSeconds(5 * DAY), "product-dev", "Capacity plan attached."),
                ev("DECLINED", env.plusSeconds(19 * DAY), "operations", "Not on our roadmap this quarter.")));
        for (int i = 0; i < 5; i++) {
            Instant at = today.minus(200 - i * 30L, ChronoUnit.DAYS).plusSeconds(9 * HOUR);
            items.add(item(
                    "DEMO-SUPPORT-" + (i + 1),
                    "Data pull for customer ticket " + (4711 + i),
                    "DATA_PULL",
                    "support",
                    "product-dev",
                    null,
                    at,
                    null,
                    ev("STARTED", at.plusSeconds(HOUR), "product-dev", null),
                    ev("FULFILLED", at.plusSeconds((3 + i) * HOUR), "product-dev", "Export attached.")));
        }
        for (int i = 0; i < 3; i++) {
            Instant at = today.minus(150 - i * 40L, ChronoUnit.DAYS).plusSeconds(13 * HOUR);
            items.add(item(
                    "DEMO-SEC-REVIEW-" + (i + 1),
                    "Security review of release " + (i + 1),
                    "REVIEW",
                    "product-dev",
                    "security",
                    null,
                    at,
                    null,
                    ev("STARTED", at.plusSeconds(4 * HOUR), "security", null),
                    ev("FULFILLED", at.plusSeconds(DAY), "security", "No findings.")));
            items.add(item(
                    "DEMO-FIREWALL-" + (i + 1),
                    "Firewall rule for scanner " + (i + 1),
                    "INFRA_CHANGE",
                    "security",
                    "operations",
                    null,
                    at.plusSeconds(DAY),
                    null,
                    ev("STARTED", at.plusSeconds(2 * DAY), "operations", null),
                    ev("FULFILLED", at.plusSeconds(3 * DAY), "operations", "Rule active.")));
        }
        Instant open = today.minus(9, ChronoUnit.DAYS).plusSeconds(10 * HOUR);
        items.add(item(
                "DEMO-OPEN-LOGS",
                "Log access for the checkout latency spike",
                "LOG_ACCESS",
                "product-dev",
                "operations",
                null,
                open,
                null,
                ev(
                        "NEEDS_INFO",
                        open.plusSeconds(DAY),
                        "operations",
                        "File a ticket with the patterns and a time range."),
                ev("INFO_PROVIDED", open.plusSeconds(2 * DAY), "product-dev", "Done.")));
        RequestImportResult result = requestImport.importHistory(items, DEMO);
        if (result.rejected() > 0) {
            throw new IllegalStateException("demo requests rejected: " + result.results());
        }
        // Product Dev's six deployment requests come from the Operations Jira, through the demo connector.
        demoConnector.load(today, 6);
        if (olaTargets.all().isEmpty()) {
            olaTargets.replace(
                    List.of(
                            new OlaTarget("product-dev", "operations", "LOG_ACCESS", 3 * DAY),
                            new OlaTarget("product-dev", "operations", "DEPLOY", 2 * DAY)),
                    DEMO);
        }
    }

    /** The Heroku app: live about eleven and a half months (350 days) before Operations' billing audit found it. */
    @Transactional
    void loadShadowSystems(Instant today) {
        Instant discovered = today.minus(6, ChronoUnit.DAYS).plusSeconds(14 * HOUR);
        Long declined = SqlQuery.list(
                        jdbc,
                        "SELECT id FROM cross_request WHERE external_ref = ?",
                        List.of("DEMO-NEW-APP-ENV"),
                        rs -> rs.getLong(1))
                .get(0);
        shadow(new ShadowSystemCreate(
                "New customer app",
                "Heroku",
                "https://newapp-sco.herokuapp.com",
                "product-dev",
                "Production hosting for the new customer-facing app",
                "CUSTOMER_PII",
                iso(discovered.minus(350, ChronoUnit.DAYS)),
                "First Heroku invoice on Product Dev's budget",
                iso(discovered),
                "operations",
                "BILLING_AUDIT",
                "ACKNOWLEDGED",
                List.of(declined)));
        shadow(new ShadowSystemCreate(
                "Support macros spreadsheet",
                "Google Sheets",
                "https://docs.example.com/support-macros",
                "support",
                "Canned answers with customer examples",
                "CONFIDENTIAL",
                iso(today.minus(140, ChronoUnit.DAYS)),
                "Sheet creation date",
                iso(today.minus(20, ChronoUnit.DAYS)),
                "security",
                "NETWORK_SCAN",
                "DISCOVERED",
                List.of()));
        shadow(new ShadowSystemCreate(
                "Team analytics notebook",
                "Personal cloud account",
                "https://notebooks.example.com/product-dev",
                "product-dev",
                "Ad-hoc funnel analysis",
                "INTERNAL",
                iso(today.minus(75, ChronoUnit.DAYS)),
                "Account sign-up mail",
                iso(today.minus(45, ChronoUnit.DAYS)),
                "product-dev",
                "SELF_REPORTED",
                "ADOPTED",
                List.of()));
    }

    private void shadow(ShadowSystemCreate body) {
        boolean exists = !SqlQuery.list(
                        jdbc, "SELECT id FROM shadow_system WHERE url = ?", List.of(body.url()), rs -> rs.getLong(1))
                .isEmpty();
        if (!exists) {
            shadowSystems.create(body, DEMO);
        }
    }

    private void timelineEntry(long incidentId, Instant at, String kind, String text) {
        timeline.add(incidentId, new TimelineEntryCreate(iso(at), text, kind), DEMO);
    }

    private static RequestImportItem item(
            String ref,
            String title,
            String kind,
            String requester,
            String responder,
            Long incidentId,
            Instant openedAt,
            String description,
            EventCreate... events) {
        return new RequestImportItem(
                title, kind, description, requester, responder, incidentId, openedAt, ref, List.of(events));
    }

    private static EventCreate ev(String type, Instant at, String team, String note) {
        return new EventCreate(type, at, team, null, note);
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }

    private static String date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
