import type {
  ActionItemStatus,
  IncidentStatus,
  IncidentView,
  PostmortemStatus,
  Severity,
  TimelineKind,
} from '@/api/incidentTypes'
import { humanDuration } from '@/lib/format'

export const SEVERITY_LABELS: Record<Severity, string> = {
  SEV1: 'SEV1 (critical)',
  SEV2: 'SEV2 (major)',
  SEV3: 'SEV3 (minor)',
  SEV4: 'SEV4 (low)',
}

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  OPEN: 'Open',
  MITIGATED: 'Mitigated',
  RESOLVED: 'Resolved',
  POSTMORTEM_PUBLISHED: 'Postmortem published',
}

export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
}

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  DETECTION: 'Detection',
  ESCALATION: 'Escalation',
  ACTION: 'Action',
  COMMUNICATION: 'Communication',
  ROOT_CAUSE: 'Root cause',
  MITIGATION: 'Mitigation',
  RESOLUTION: 'Resolution',
  NOTE: 'Note',
}

export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  WONT_DO: "Won't do",
}

/** A label for any code, falling back to the code itself for values this build does not know. */
export function labelOf<K extends string>(labels: Record<K, string>, code: string | null): string {
  if (code == null) return '—'
  return (labels as Record<string, string>)[code] ?? code
}

export function postmortemStatusText(status: PostmortemStatus | null): string {
  return status == null ? 'Not started' : labelOf(POSTMORTEM_STATUS_LABELS, status)
}

/** `0.713` → `71%`. */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

/**
 * "≈3 weeks (71% of resolution time) waiting on cross-team requests", or `null` when the incident
 * spent no time waiting on a linked request.
 */
export function wallTimeText(
  incident: Pick<IncidentView, 'wallTimeSeconds' | 'wallShare' | 'resolvedAt'>,
): string | null {
  const seconds = incident.wallTimeSeconds
  if (seconds <= 0) return null
  const of = incident.resolvedAt ? 'resolution time' : 'time since detection'
  return `≈${humanDuration(seconds)} (${percent(incident.wallShare)} of ${of}) waiting on cross-team requests`
}
