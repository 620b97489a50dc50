package io.wallbreaker.connector;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.request.RequestKind;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's Jira connector: Product Dev's deployment requests arrive from the Operations Jira
 * project as signed webhook deliveries, so the demo shows source badges and a delivery log with
 * processed, unmapped and ignored entries. The tickets reproduce the demo's deployment requests
 * event for event (Operations' first comment is the acknowledgement), so every figure is what the
 * recorded requests gave.
 */
@Singleton
@Requires(property = "wallbreaker.demo", value = "true")
public class DemoConnector {

    static final String NAME = "Operations Jira (demo)";
    private static final String LARRY = "712020:5c1e9a7d-3f42-4b8e-9d15-7a0c2e6b41f3";
    private static final String DARYL = "712020:a8d3f0b2-61c4-4e7f-8b29-0d5e7c91f6aa";
    private static final String SITE = "https://acme.atlassian.net";
    private static final Actor DEMO = new Actor("demo-data", Actor.Kind.SYSTEM, null);

    private final ConnectorService service;
    private final ConnectorIntake intake;
    private final ConnectorStore store;
    private final JsonMapper json;
    private final TransactionOperations<Connection> tx;
    private int delivery;

    DemoConnector(
            ConnectorService service,
            ConnectorIntake intake,
            ConnectorStore store,
            JsonMapper json,
            TransactionOperations<Connection> tx) {
        this.service = service;
        this.intake = intake;
        this.store = store;
        this.json = json;
        this.tx = tx;
    }

    /** Creates the connector and sends its deliveries, unless it exists. {@code today}: midnight UTC. */
    public void load(Instant today, int deployments) {
        boolean exists = tx.executeRead(
                status -> store.all().stream().anyMatch(c -> c.name().equals(NAME)));
        if (exists) {
            return;
        }
        ConnectorMapping mapping = new ConnectorMapping(
                null,
                null,
                null,
                Map.of("OPS", "operations"),
                null,
                null,
                null,
                null,
                Map.of(DARYL, "operations", LARRY, "product-dev"),
                Map.of("Deployment", RequestKind.DEPLOY));
        ConnectorCreated connector =
                service.create(new ConnectorCreate("JIRA", NAME, mapping, true), "http://localhost", DEMO);
        for (int i = 0; i < deployments; i++) {
            deployment(connector, i, today.minus(Duration.ofDays(300 - i * 45L)).plus(Duration.ofHours(11)));
        }
        // A ticket without a from: label (unmapped), and an event Wallbreaker does not read (ignored).
        Instant cert = today.minus(Duration.ofDays(20)).plus(Duration.ofHours(9));
        Map<String, Object> certificate = issue(
                299,
                "Renew the TLS certificate of the status page",
                List.of(),
                cert,
                "Waiting for support",
                "new",
                null);
        send(connector, event("jira:issue_created", cert, certificate));
        Map<String, Object> worklog = new LinkedHashMap<>();
        worklog.put("timestamp", cert.plus(Duration.ofHours(2)).toEpochMilli());
        worklog.put("webhookEvent", "worklog_created");
        worklog.put("worklog", Map.of("id", "40111", "issueId", "30299", "timeSpent", "2h"));
        send(connector, worklog);
    }

    /** Deployment {@code i}: acknowledged by a comment after a day, every second one bounced once. */
    private void deployment(ConnectorCreated connector, int i, Instant at) {
        String title = "Deploy release " + (i + 1) + " to production";
        List<String> labels = List.of("from:product-dev");
        send(
                connector,
                event("jira:issue_created", at, issue(i, title, labels, at, "Waiting for support", "new", null)));
        Map<String, Object> comment = event(
                "comment_created",
                at.plus(Duration.ofDays(1)),
                issue(i, title, labels, at, "Waiting for support", "new", null));
        comment.put(
                "comment",
                Map.of(
                        "id", Integer.toString(50_000 + i),
                        "body", "Scheduled for the next change window.",
                        "author", Map.of("accountId", DARYL, "displayName", "Daryl Okafor"),
                        "created", at.plus(Duration.ofDays(1)).toString()));
        send(connector, comment);
        String status = "Waiting for support";
        if (i % 2 == 0) {
            status = transition(
                    connector, i, title, labels, at, 2, status, "Waiting for customer", "indeterminate", null);
            status = transition(connector, i, title, labels, at, 3, status, "Waiting for support", "new", null);
        }
        status = transition(connector, i, title, labels, at, 4 + i, status, "In Progress", "indeterminate", null);
        transition(connector, i, title, labels, at, 5 + i, status, "Done", "done", "Done");
    }

    private String transition(
            ConnectorCreated connector,
            int i,
            String title,
            List<String> labels,
            Instant created,
            long days,
            String from,
            String to,
            String category,
            String resolution) {
        Instant at = created.plus(Duration.ofDays(days));
        Map<String, Object> body =
                event("jira:issue_updated", at, issue(i, title, labels, created, to, category, resolution));
        List<Map<String, Object>> items = new ArrayList<>();
        if (resolution != null) {
            items.add(item("resolution", null, resolution));
        }
        items.add(item("status", from, to));
        body.put("changelog", Map.of("id", Long.toString(70_000L + i * 100 + days), "items", items));
        send(connector, body);
        return to;
    }

    private static Map<String, Object> item(String field, String from, String to) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("field", field);
        item.put("fieldtype", "jira");
        item.put("fromString", from);
        item.put("toString", to);
        return item;
    }

    private static Map<String, Object> event(String name, Instant at, Map<String, Object> issue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", at.toEpochMilli());
        body.put("webhookEvent", name);
        body.put("issue", issue);
        return body;
    }

    private static Map<String, Object> issue(
            int n,
            String title,
            List<String> labels,
            Instant created,
            String status,
            String category,
            String resolution) {
        String key = "OPS-" + (200 + n);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", title);
        fields.put("created", created.toString());
        fields.put("labels", labels);
        fields.put("project", Map.of("key", "OPS", "name", "Operations"));
        fields.put("issuetype", Map.of("name", "Deployment"));
        fields.put("status", Map.of("name", status, "statusCategory", Map.of("key", category)));
        fields.put("resolution", resolution == null ? null : Map.of("name", resolution));
        fields.put("reporter", Map.of("accountId", LARRY, "displayName", "Larry Lindqvist"));
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("id", Integer.toString(30_000 + n));
        issue.put("key", key);
        issue.put("self", SITE + "/rest/api/2/" + (30_000 + n));
        issue.put("fields", fields);
        return issue;
    }

    private void send(ConnectorCreated connector, Map<String, Object> body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String signature = "sha256=" + java.util.HexFormat.of().formatHex(Secrets.hmac(connector.secret(), bytes));
        intake.receive(
                connector.id(),
                new ConnectorIntake.Headers(signature, null, null, null, "demo-" + (++delivery)),
                null,
                bytes);
    }
}
