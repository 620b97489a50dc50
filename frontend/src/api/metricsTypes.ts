/** JSON shapes of the wall metrics (docs/API.md, "Wall metrics"). */
import type { DataClassification } from './shadowTypes'

/** Every metrics call takes the same window (dates `YYYY-MM-DD`) and optional team. */
export interface MetricsQuery {
  from?: string
  to?: string
  team?: string
}

export interface MetricsWindow {
  from: string
  to: string
}

export interface WallWeights {
  w1: number
  w2: number
  w3: number
  w4: number
  w5: number
  defaultTargetSeconds: number
}

export interface OrganisationWall {
  wallIndex: number | null
  requests: number
  closed: number
  open: number
  p50LeadSeconds: number | null
  p85LeadSeconds: number | null
  pingPongRate: number | null
}

export interface TeamPairMetrics {
  requesterTeam: string
  responderTeam: string
  requests: number
  closed: number
  open: number
  p50LeadSeconds: number | null
  p85LeadSeconds: number | null
  p95LeadSeconds: number | null
  p50FirstResponseSeconds: number | null
  flowEfficiency: number | null
  pingPongRate: number | null
  meanHandoffs: number | null
  declineRate: number | null
  olaBreachRate: number | null
  shadowSystems: number
  targetSeconds: number | null
  s1: number | null
  s2: number | null
  s3: number | null
  s4: number | null
  s5: number | null
  /** 0–100, higher = thicker wall; null when the pair has no closed request. */
  wallIndex: number | null
}

export interface TeamPairsReport {
  window: MetricsWindow
  weights: WallWeights
  organisation: OrganisationWall
  pairs: TeamPairMetrics[]
}

export interface IncidentWallRef {
  id: number
  key: string
  title: string
  wallTimeSeconds: number | null
  wallShare: number | null
}

export interface IncidentMetrics {
  incidents: number
  accessDelayed: number
  accessDelayedShare: number | null
  p50WallShare: number | null
  p85WallShare: number | null
  p50TimeToResolveSeconds: number | null
  p50TimeToRootCauseSeconds: number | null
  largestWallTime: IncidentWallRef | null
  topByWallShare: IncidentWallRef[]
}

export interface ShadowTimelineRequest {
  id: number
  key: string
  openedAt?: string | null
}

/** One shadow system as the timeline draws it. */
export interface ShadowTimelineSystem {
  id: number
  key: string
  name: string
  ownerTeam: string
  dataClassification: DataClassification
  firstLiveAt: string
  discoveredAt: string
  amnesty: boolean
  motivatedBy: ShadowTimelineRequest[]
}

export interface ShadowMetrics {
  total: number
  byStatus: Record<string, number>
  byClassification: Record<string, number>
  byMethod: Record<string, number>
  p50DiscoveryLagSeconds: number | null
  p85DiscoveryLagSeconds: number | null
  exposureSeconds: number | null
  customerDataExposureSeconds: number | null
  goAroundRate: number | null
  longestUnnoticed: {
    id: number
    key: string
    name: string
    provider: string
    ownerTeam: string
    dataClassification: DataClassification
    discoveryLagSeconds: number | null
  } | null
  systems: ShadowTimelineSystem[]
}

export type TrendBucket = 'week' | 'month'

export interface TrendPoint {
  start: string
  requestsOpened: number
  p50LeadSeconds: number | null
  pingPongRate: number | null
  incidents: number
  shadowDiscovered: number
}

export interface TrendsReport {
  bucket: TrendBucket
  buckets: TrendPoint[]
}
