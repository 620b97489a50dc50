package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Wall metrics for the dashboard, as JSON and as CSV for spreadsheets. */
@Controller("/api/metrics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Wall metrics")
class MetricsController {

    private static final MediaType CSV = MediaType.of("text/csv");

    private final MetricsService metrics;

    MetricsController(MetricsService metrics) {
        this.metrics = metrics;
    }

    @Get("/team-pairs")
    MetricsViews.TeamPairs teamPairs(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return metrics.teamPairs(from, to, team);
    }

    @Get("/incidents")
    MetricsViews.Incidents incidents(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return metrics.incidents(from, to, team);
    }

    @Get("/shadow")
    MetricsViews.Shadow shadow(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return metrics.shadow(from, to, team);
    }

    @Get("/trends")
    MetricsViews.Trends trends(
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String bucket) {
        return metrics.trends(from, to, team, bucket);
    }

    @Get("/team-pairs.csv")
    @Produces("text/csv")
    HttpResponse<String> teamPairsCsv(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return csv("team-pairs", records(metrics.teamPairs(from, to, team).pairs()));
    }

    @Get("/incidents.csv")
    @Produces("text/csv")
    HttpResponse<String> incidentsCsv(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        MetricsViews.Incidents i = metrics.incidents(from, to, team);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("from", i.window().from());
        figures.put("to", i.window().to());
        figures.put("incidents", i.incidents());
        figures.put("accessDelayed", i.accessDelayed());
        figures.put("accessDelayedShare", i.accessDelayedShare());
        figures.put("p50WallShare", i.p50WallShare());
        figures.put("p85WallShare", i.p85WallShare());
        figures.put("p50TimeToResolveSeconds", i.p50TimeToResolveSeconds());
        figures.put("p50TimeToRootCauseSeconds", i.p50TimeToRootCauseSeconds());
        figures.put(
                "largestWallTimeIncident",
                i.largestWallTime() == null ? null : i.largestWallTime().key());
        figures.put(
                "largestWallTimeSeconds",
                i.largestWallTime() == null ? null : i.largestWallTime().wallTimeSeconds());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "value"));
        figures.forEach((k, v) -> rows.add(java.util.Arrays.asList(k, v)));
        return csv("incidents", rows);
    }

    @Get("/shadow.csv")
    @Produces("text/csv")
    HttpResponse<String> shadowCsv(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "key",
                "name",
                "ownerTeam",
                "dataClassification",
                "firstLiveAt",
                "discoveredAt",
                "discoveryLagSeconds",
                "amnesty",
                "motivatedBy"));
        for (MetricsViews.ShadowBar s : metrics.shadow(from, to, team).systems()) {
            rows.add(List.of(
                    s.key(),
                    s.name(),
                    s.ownerTeam(),
                    s.dataClassification(),
                    s.firstLiveAt(),
                    s.discoveredAt(),
                    s.discoveryLagSeconds(),
                    s.amnesty(),
                    String.join(
                            " ",
                            s.motivatedBy().stream()
                                    .map(MetricsViews.Motive::key)
                                    .toList())));
        }
        return csv("shadow", rows);
    }

    @Get("/trends.csv")
    @Produces("text/csv")
    HttpResponse<String> trendsCsv(
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String bucket) {
        return csv("trends", records(metrics.trends(from, to, team, bucket).buckets()));
    }

    /** A header row of the record's component names, then one row per record. */
    static List<List<Object>> records(List<? extends Record> records) {
        List<List<Object>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        RecordComponent[] components = records.get(0).getClass().getRecordComponents();
        List<Object> header = new ArrayList<>();
        for (RecordComponent c : components) {
            header.add(c.getName());
        }
        rows.add(header);
        for (Record r : records) {
            List<Object> row = new ArrayList<>();
            for (RecordComponent c : components) {
                try {
                    row.add(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static HttpResponse<String> csv(String name, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString())
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }
}
