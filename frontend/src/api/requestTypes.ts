/** JSON shapes of cross-team requests (docs/API.md, "Cross-team requests"). */

export const REQUEST_KINDS = [
  'LOG_ACCESS',
  'PROD_ACCESS',
  'DATA_PULL',
  'INFRA_CHANGE',
  'DEPLOY',
  'REVIEW',
  'OTHER',
] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export const REQUEST_STATES = [
  'OPEN',
  'IN_PROGRESS',
  'WAITING_ON_REQUESTER',
  'FULFILLED',
  'DECLINED',
  'WITHDRAWN',
] as const
export type RequestState = (typeof REQUEST_STATES)[number]

export type RequestOutcome = 'FULFILLED' | 'DECLINED' | 'WITHDRAWN' | 'OPEN'

export const REQUEST_EVENT_TYPES = [
  'OPENED',
  'ACKNOWLEDGED',
  'NEEDS_INFO',
  'INFO_PROVIDED',
  'STARTED',
  'REASSIGNED',
  'COMMENTED',
  'FULFILLED',
  'DECLINED',
  'WITHDRAWN',
  'REOPENED',
] as const
export type RequestEventType = (typeof REQUEST_EVENT_TYPES)[number]

export interface RequestEvent {
  id: number
  seq: number
  type: RequestEventType
  at: string
  team: string
  toTeam: string | null
  note: string | null
  recordedBy: string
}

/** One stretch of time during which `holder` had the ball (`to` null while it still has). */
export interface CourtSegment {
  from: string
  to: string | null
  holder: string | null
}

export interface AllowedEvent {
  type: RequestEventType
  team: string
}

/** A request as listed: the view without `events`, `court` and `allowedEvents`. */
export interface RequestSummary {
  id: number
  key: string
  title: string
  kind: RequestKind
  description: string | null
  requesterTeam: string
  /** The team asked; the pair a request counts for. */
  responderTeam: string
  currentResponderTeam: string
  incidentId: number | null
  incidentKey: string | null
  openedAt: string
  externalRef: string | null
  state: RequestState
  holder: string | null
  closedAt: string | null
  version: number
  leadTimeSeconds: number | null
  ageSeconds: number | null
  timeToFirstResponseSeconds: number | null
  waitingOnResponderSeconds: number | null
  waitingOnRequesterSeconds: number | null
  activeSeconds: number | null
  flowEfficiency: number | null
  handoffs: number
  bounces: number
  pingPong: boolean
  outcome: RequestOutcome
  olaTargetSeconds: number | null
  olaBreached: boolean | null
}

export interface RequestView extends RequestSummary {
  events: RequestEvent[]
  court: CourtSegment[]
  allowedEvents: AllowedEvent[]
}

export interface RequestCreate {
  title: string
  kind: RequestKind
  description?: string
  requesterTeam: string
  responderTeam: string
  incidentId?: number
  openedAt?: string
  externalRef?: string
}

export interface RequestEventCreate {
  type: RequestEventType
  team: string
  at?: string
  toTeam?: string
  note?: string
}

export interface RequestQuery {
  requester?: string
  responder?: string
  kind?: string
  state?: string
  outcome?: string
  incident?: string
  openedFrom?: string
  openedTo?: string
  pingPong?: string
  page?: number
  size?: number
}
