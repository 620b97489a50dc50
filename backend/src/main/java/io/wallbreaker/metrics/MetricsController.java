package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.common.CsvExport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wall metrics for the dashboard, as JSON and as CSV for spreadsheets. */
@Controller("/api/metrics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Wall metrics")
class MetricsController {

    private final MetricsService metrics;
    private final Headlines headlines;

    MetricsController(MetricsService metrics, Headlines headlines) {
        this.metrics = metrics;
        this.headlines = headlines;
    }

    /** The dashboard's three sentences (thickest wall, most delayed incident, longest-unnoticed customer data). */
    @Get("/headlines")
    Headlines.Report headlines(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return headlines.of(from, to, team);
    }

    @Get("/team-pairs")
    MetricsViews.TeamPairs teamPairs(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return metrics.teamPairs(from, to, team);
    }

    @Get("/team-pairs/heatmap")
    MetricsViews.Heatmap heatmap(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String team) {
        return metrics.heatmap(from, to, team);
    }

    @Get("/team-pairs/{requester}/{responder}")
    MetricsViews.Pair pair(
            @PathVariable String requester,
            @PathVariable String responder,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String team) {
        return metrics.pair(requester, responder, from, to, team);
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
        return CsvExport.download(
                "team-pairs",
                records(
                        MetricsViews.Pair.class,
                        metrics.teamPairs(from, to, team).pairs()));
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
        return CsvExport.download("incidents", rows);
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
        return CsvExport.download("shadow", rows);
    }

    @Get("/trends.csv")
    @Produces("text/csv")
    HttpResponse<String> trendsCsv(
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String bucket) {
        return CsvExport.download(
                "trends",
                records(
                        MetricsViews.Bucket.class,
                        metrics.trends(from, to, team, bucket).buckets()));
    }

    /** A header row of the property names, then one row per record: compile-time introspection, no reflection. */
    @SuppressWarnings("unchecked")
    static <T> List<List<Object>> records(Class<T> type, List<T> records) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection(type);
        List<BeanProperty<T, Object>> properties = introspection.getBeanProperties().stream()
                .map(p -> (BeanProperty<T, Object>) p)
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(properties.stream().map(p -> (Object) p.getName()).toList());
        for (T record : records) {
            List<Object> row = new ArrayList<>(properties.size());
            for (BeanProperty<T, Object> p : properties) {
                row.add(p.get(record));
            }
            rows.add(row);
        }
        return rows;
    }
}
