import type { ConnectorKind, DeliveryStatus, ImportResult } from '@/api/connectorTypes'

export const CONNECTOR_KIND_LABELS: Record<ConnectorKind, string> = {
  JIRA: 'Jira',
  GITHUB: 'GitHub',
}

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  RECEIVED: 'Received (not processed yet)',
  PROCESSED: 'Processed',
  UNMAPPED: 'Unmapped',
  IGNORED: 'Ignored',
  REJECTED: 'Rejected',
}

export const IMPORT_RESULT_LABELS: Record<ImportResult, string> = {
  CREATED: 'Created',
  UPDATED: 'Updated',
  UNCHANGED: 'Unchanged',
  UNMAPPED: 'Unmapped',
  REJECTED: 'Rejected',
}

export function connectorKindLabel(kind: string): string {
  return CONNECTOR_KIND_LABELS[kind as ConnectorKind] ?? kind
}

export function deliveryStatusLabel(status: string): string {
  return DELIVERY_STATUS_LABELS[status as DeliveryStatus] ?? status
}

export function importResultLabel(result: string): string {
  return IMPORT_RESULT_LABELS[result as ImportResult] ?? result
}
