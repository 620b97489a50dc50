import { buildUrl, http } from './http'
import type {
  HeadlinesReport,
  IncidentMetrics,
  MetricsQuery,
  ShadowMetrics,
  TeamPairMetrics,
  TeamPairsHeatmap,
  TeamPairsReport,
  TrendBucket,
  TrendsReport,
} from './metricsTypes'

const base = '/api/metrics'

export type MetricsCsv = 'team-pairs' | 'incidents' | 'shadow' | 'trends'

export const metricsApi = {
  teamPairs: (query: MetricsQuery = {}) =>
    http.get<TeamPairsReport>(`${base}/team-pairs`, { ...query }),
  /** The compact form the dashboard draws: team slugs once, one cell per pair with requests. */
  heatmap: (query: MetricsQuery = {}) =>
    http.get<TeamPairsHeatmap>(`${base}/team-pairs/heatmap`, { ...query }),
  /** Every figure of one pair; 404 when the requester asked the responder nothing in the window. */
  pair: (requester: string, responder: string, query: MetricsQuery = {}) =>
    http.get<TeamPairMetrics>(
      `${base}/team-pairs/${encodeURIComponent(requester)}/${encodeURIComponent(responder)}`,
      { ...query },
    ),
  incidents: (query: MetricsQuery = {}) =>
    http.get<IncidentMetrics>(`${base}/incidents`, { ...query }),
  shadow: (query: MetricsQuery = {}) => http.get<ShadowMetrics>(`${base}/shadow`, { ...query }),
  trends: (query: MetricsQuery = {}, bucket: TrendBucket = 'month') =>
    http.get<TrendsReport>(`${base}/trends`, { ...query, bucket }),
  /** The dashboard's sentences (thickest wall, most delayed incident, longest-unnoticed data). */
  headlines: (query: MetricsQuery = {}) =>
    http.get<HeadlinesReport>(`${base}/headlines`, { ...query }),
  /** Where the same table downloads as CSV (a plain link; the session cookie authenticates it). */
  csvUrl: (name: MetricsCsv, query: MetricsQuery = {}, extra: Record<string, string> = {}) =>
    buildUrl(`${base}/${name}.csv`, { ...query, ...extra }),
}
