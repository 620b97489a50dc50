import type {
  RequestEventType,
  RequestKind,
  RequestOutcome,
  RequestState,
} from '@/api/requestTypes'

export const KIND_LABELS: Record<RequestKind, string> = {
  LOG_ACCESS: 'Log access',
  PROD_ACCESS: 'Production access',
  DATA_PULL: 'Data pull',
  INFRA_CHANGE: 'Infrastructure change',
  DEPLOY: 'Deploy',
  REVIEW: 'Review',
  OTHER: 'Other',
}

export const STATE_LABELS: Record<RequestState, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  WAITING_ON_REQUESTER: 'Waiting on requester',
  FULFILLED: 'Fulfilled',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
}

export const OUTCOME_LABELS: Record<RequestOutcome, string> = {
  FULFILLED: 'Fulfilled',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  OPEN: 'Open',
}

/** What happened, as shown in the event list. */
export const EVENT_LABELS: Record<RequestEventType, string> = {
  OPENED: 'Opened',
  ACKNOWLEDGED: 'Acknowledged',
  NEEDS_INFO: 'Needs info',
  INFO_PROVIDED: 'Info provided',
  STARTED: 'Started',
  REASSIGNED: 'Reassigned',
  COMMENTED: 'Commented',
  FULFILLED: 'Fulfilled',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  REOPENED: 'Reopened',
}

/** What a button does, as the acting team would say it. */
export const ACTION_LABELS: Record<RequestEventType, string> = {
  OPENED: 'Open',
  ACKNOWLEDGED: 'Acknowledge',
  NEEDS_INFO: 'Needs info',
  INFO_PROVIDED: 'Info provided',
  STARTED: 'Start work',
  REASSIGNED: 'Reassign',
  COMMENTED: 'Comment',
  FULFILLED: 'Fulfil',
  DECLINED: 'Decline',
  WITHDRAWN: 'Withdraw',
  REOPENED: 'Reopen',
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as RequestKind] ?? kind
}

export function stateLabel(state: string): string {
  return STATE_LABELS[state as RequestState] ?? state
}

export function eventLabel(type: string): string {
  return EVENT_LABELS[type as RequestEventType] ?? type
}

export function actionLabel(type: string): string {
  return ACTION_LABELS[type as RequestEventType] ?? type
}

/** `42%`, or an em dash when there is no ratio. */
export function percent(ratio: number | null | undefined, digits = 0): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—'
  return `${(ratio * 100).toFixed(digits)}%`
}
