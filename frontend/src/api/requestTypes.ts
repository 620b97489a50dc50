/**
 * JSON shapes of cross-team requests: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`).
 */
import { enumValues, type Narrow, type QueryOf, type Schemas, type Sent } from './openapi'

export type RequestKind = Schemas['RequestKind']
export const REQUEST_KINDS = enumValues<RequestKind>()([
  'LOG_ACCESS',
  'PROD_ACCESS',
  'DATA_PULL',
  'INFRA_CHANGE',
  'DEPLOY',
  'REVIEW',
  'OTHER',
])

export type RequestState = Schemas['RequestState']
export const REQUEST_STATES = enumValues<RequestState>()([
  'OPEN',
  'IN_PROGRESS',
  'WAITING_ON_REQUESTER',
  'FULFILLED',
  'DECLINED',
  'WITHDRAWN',
])

/**
 * How a request ended, or OPEN. A String in the Java records (`outcome` of a request and of a
 * shadow system's motivating request), documented there as "the closing state, or OPEN".
 */
export type RequestOutcome = Extract<RequestState, 'FULFILLED' | 'DECLINED' | 'WITHDRAWN'> | 'OPEN'

export type RequestEventType = Schemas['EventType']
export const REQUEST_EVENT_TYPES = enumValues<RequestEventType>()([
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
])

export type RequestEvent = Sent<Schemas['RequestView.EventView']>

/**
 * One stretch of time during which `holder` had the ball. The document calls `to` required and
 * non-null, but the running segment has `to: null` (the Java record lacks `@Nullable`), so it is
 * widened here to what the server sends.
 */
export type CourtSegment = Omit<Sent<Schemas['RequestLedger.CourtSegment']>, 'to'> & {
  to: string | null
}

export type AllowedEvent = Sent<Schemas['RequestLedger.Allowed']>

/** A request as listed: figures as stored at the last event, without events and court. */
export type RequestSummary = Narrow<Sent<Schemas['RequestSummary']>, { outcome: RequestOutcome }>

/** A request with its events, court (see CourtSegment) and the events each team may record now. */
export type RequestView = Omit<
  Narrow<Sent<Schemas['RequestView']>, { outcome: RequestOutcome }>,
  'court'
> & {
  court: CourtSegment[]
}

export type RequestCreate = Schemas['RequestCreate']
export type RequestEventCreate = Schemas['EventCreate']
export type RequestQuery = QueryOf<'/api/requests'>
