import type { DataClassification, DiscoveryMethod, ShadowStatus } from '@/api/shadowTypes'
import { humanDuration } from '@/lib/format'

export const CLASSIFICATION_LABELS: Record<DataClassification, string> = {
  NONE: 'No data',
  INTERNAL: 'Internal',
  CONFIDENTIAL: 'Confidential',
  CUSTOMER_PII: 'Customer PII',
}

export const METHOD_LABELS: Record<DiscoveryMethod, string> = {
  SELF_REPORTED: 'Self-reported',
  BILLING_AUDIT: 'Billing audit',
  DNS_SCAN: 'DNS scan',
  NETWORK_SCAN: 'Network scan',
  INVENTORY: 'Provider inventory',
  INCIDENT: 'Incident',
  OTHER: 'Other',
}

export const STATUS_LABELS: Record<ShadowStatus, string> = {
  DISCOVERED: 'Discovered',
  ACKNOWLEDGED: 'Acknowledged',
  ADOPTED: 'Adopted',
  MIGRATED: 'Migrated',
  DECOMMISSIONED: 'Decommissioned',
}

/** What a status button says. */
export const STATUS_ACTIONS: Record<ShadowStatus, string> = {
  DISCOVERED: 'Mark discovered',
  ACKNOWLEDGED: 'Acknowledge',
  ADOPTED: 'Adopt onto the platform',
  MIGRATED: 'Mark migrated',
  DECOMMISSIONED: 'Decommission',
}

export function classificationLabel(value: string): string {
  return CLASSIFICATION_LABELS[value as DataClassification] ?? value
}

export function methodLabel(value: string): string {
  return METHOD_LABELS[value as DiscoveryMethod] ?? value
}

export function statusLabel(value: string): string {
  return STATUS_LABELS[value as ShadowStatus] ?? value
}

/**
 * The server's discovery lag as `11 months unnoticed`; a self-reported system is amnesty, not a
 * detection failure, so it says `11 months · Amnesty (self-reported)` instead.
 */
export function lagLabel(seconds: number, amnesty: boolean): string {
  return amnesty
    ? `${humanDuration(seconds)} · Amnesty (self-reported)`
    : `${humanDuration(seconds)} unnoticed`
}
