/** JSON shapes of shadow systems (docs/API.md, "Shadow systems"). */

export const DATA_CLASSIFICATIONS = ['NONE', 'INTERNAL', 'CONFIDENTIAL', 'CUSTOMER_PII'] as const
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number]

export const DISCOVERY_METHODS = [
  'SELF_REPORTED',
  'BILLING_AUDIT',
  'DNS_SCAN',
  'NETWORK_SCAN',
  'INCIDENT',
  'OTHER',
] as const
export type DiscoveryMethod = (typeof DISCOVERY_METHODS)[number]

export const SHADOW_STATUSES = [
  'DISCOVERED',
  'ACKNOWLEDGED',
  'ADOPTED',
  'MIGRATED',
  'DECOMMISSIONED',
] as const
export type ShadowStatus = (typeof SHADOW_STATUSES)[number]

export interface ShadowStatusChange {
  status: ShadowStatus
  at: string
  by: string
}

export interface MotivatingRequest {
  id: number
  key: string
  title: string
  outcome: string
}

export interface ShadowSystemView {
  id: number
  key: string
  name: string
  provider: string
  url: string | null
  ownerTeam: string
  purpose: string | null
  dataClassification: DataClassification
  firstLiveAt: string
  evidence: string | null
  discoveredAt: string
  discoveredBy: string
  discoveryMethod: DiscoveryMethod
  /** Self-reported: counts as amnesty, not as a failure of detection. */
  amnesty: boolean
  status: ShadowStatus
  statusHistory: ShadowStatusChange[]
  motivatedBy: MotivatingRequest[]
  discoveryLagSeconds: number | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface ShadowSystemCreate {
  name: string
  provider: string
  url?: string
  ownerTeam: string
  purpose?: string
  dataClassification: DataClassification
  firstLiveAt: string
  evidence?: string
  discoveredAt: string
  discoveredBy: string
  discoveryMethod: DiscoveryMethod
  status?: ShadowStatus
  motivatedBy: number[]
}

export interface ShadowSystemUpdate extends ShadowSystemCreate {
  version: number
}

export interface ShadowQuery {
  ownerTeam?: string
  provider?: string
  status?: string
  dataClassification?: string
  discoveryMethod?: string
  discoveredFrom?: string
  discoveredTo?: string
  page?: number
  size?: number
}

export interface ShadowImportProblem {
  row: number
  field: string
  problem: string
}

export interface ShadowImportReport {
  created: number
  updated: number
  unchanged: number
  rejected: number
  errors: ShadowImportProblem[]
}
