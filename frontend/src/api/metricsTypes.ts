/**
 * JSON shapes of the wall metrics: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`).
 */
import type { Narrow, QueryOf, Schemas, Sent } from './openapi'
import type { DataClassification } from './shadowTypes'

/** Every metrics call takes the same window (dates `YYYY-MM-DD`) and optional team. */
export type MetricsQuery = QueryOf<'/api/metrics/team-pairs'>

/** The buckets `GET /api/metrics/trends` understands (`bucket` is a plain string in the document). */
export type TrendBucket = 'week' | 'month'

export type MetricsWindow = Sent<Schemas['MetricsViews.Window']>
export type WallWeights = Sent<Schemas['WallWeights']>
export type OrganisationWall = Sent<Schemas['MetricsViews.Organisation']>
/** One requester → responder pair; `wallIndex` 0–100 (higher = thicker wall), null without closed requests. */
export type TeamPairMetrics = Sent<Schemas['MetricsViews.Pair']>
export type TeamPairsReport = Sent<Schemas['MetricsViews.TeamPairs']>

/**
 * One heatmap cell: `requester` and `responder` are indexes into `TeamPairsHeatmap.teams`; the
 * pair's other figures come from `GET /api/metrics/team-pairs/{requester}/{responder}`.
 */
export type HeatmapCell = Sent<Schemas['MetricsViews.HeatCell']>
/** `GET /api/metrics/team-pairs/heatmap`: what the dashboard draws, each team slug sent once. */
export type TeamPairsHeatmap = Sent<Schemas['MetricsViews.Heatmap']>

export type IncidentWallRef = Sent<Schemas['MetricsViews.IncidentRef']>
export type IncidentMetrics = Sent<Schemas['MetricsViews.Incidents']>

export type ShadowTimelineRequest = Sent<Schemas['MetricsViews.Motive']>

/**
 * One shadow system as the timeline draws it, with the server's discovery lag. The Java record
 * holds `dataClassification` as a String; the server writes a DataClassification name. A
 * ShadowSystemView has every member of this, so the registry passes its systems as they are.
 */
export type ShadowTimelineSystem = Narrow<
  Sent<Schemas['MetricsViews.ShadowBar']>,
  { dataClassification: DataClassification }
>

export type ShadowMetrics = Narrow<
  Sent<Schemas['MetricsViews.Shadow']>,
  { systems: ShadowTimelineSystem[] }
>

export type TrendPoint = Sent<Schemas['MetricsViews.Bucket']>
export type TrendsReport = Sent<Schemas['MetricsViews.Trends']>

/** Which story a dashboard headline tells. */
export type HeadlineKind = Schemas['Headlines.Kind']
/** One sentence computed by the server and the app path (with query) of its evidence. */
export type Headline = Sent<Schemas['Headlines.Headline']>
/** `GET /api/metrics/headlines`: the dashboard's sentences for the window (none without data). */
export type HeadlinesReport = Sent<Schemas['Headlines.Report']>
