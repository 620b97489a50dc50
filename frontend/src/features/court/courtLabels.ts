import type { CourtItem, CourtItemType } from '@/api/notifyTypes'
import { humanDuration } from '@/lib/format'
import { stateLabel } from '@/features/requests/requestLabels'

export const COURT_TYPE_LABELS: Record<CourtItemType, string> = {
  REQUEST: 'Request',
  ACTION_ITEM: 'Action item',
  POSTMORTEM: 'Postmortem',
  SHADOW_CANDIDATE: 'Shadow-system candidate',
}

/** The link button to the page where the next step is taken. */
export const NEXT_ACTION_LABELS: Record<CourtItemType, string> = {
  REQUEST: 'Open request',
  ACTION_ITEM: 'Open incident',
  POSTMORTEM: 'Open postmortem',
  SHADOW_CANDIDATE: 'Triage candidate',
}

/** What `targetSeconds` is, per type. */
const TARGET_LABELS: Record<CourtItemType, string> = {
  REQUEST: 'OLA target',
  ACTION_ITEM: 'Time to the due date',
  POSTMORTEM: 'Draft allowance',
  SHADOW_CANDIDATE: 'Target',
}

const OTHER_STATES: Record<string, string> = {
  OVERDUE: 'Overdue',
  DUE_SOON: 'Due soon',
  DRAFT: 'Draft',
}

export function courtTypeLabel(type: string): string {
  return COURT_TYPE_LABELS[type as CourtItemType] ?? type
}

export function nextActionLabel(type: string): string {
  return NEXT_ACTION_LABELS[type as CourtItemType] ?? 'Open'
}

/** A request state in words, or an action item's / postmortem's; null when there is none. */
export function courtStateLabel(state: string | null): string | null {
  if (!state) return null
  return OTHER_STATES[state] ?? stateLabel(state)
}

export interface TargetStatus {
  /** `OLA target 2 days: 5 hours left`, `OLA target 2 days: over by 3 hours`. */
  text: string
  over: boolean
}

/** The item's target and the time left on it, or how far it is over; null without a target. */
export function targetStatus(item: CourtItem): TargetStatus | null {
  if (item.targetSeconds == null) return null
  const label = TARGET_LABELS[item.type] ?? 'Target'
  const left = item.targetSeconds - item.waitingSeconds
  const over = left < 0
  const rest = over ? `over by ${humanDuration(-left)}` : `${humanDuration(left)} left`
  return { text: `${label} ${humanDuration(item.targetSeconds)}: ${rest}`, over }
}
