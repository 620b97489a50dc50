/**
 * JSON shapes of cross-team requests: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`).
 */
import { enumValues, type QueryOf, type Schemas, type Sent } from './openapi'

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

/** How a request ended (its closing state), or OPEN while it is not closed. */
export type RequestOutcome = Schemas['Outcome']

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

/** One stretch of time during which `holder` had the ball; `to` is null for the running one. */
export type CourtSegment = Sent<Schemas['RequestLedger.CourtSegment']>

export type AllowedEvent = Sent<Schemas['RequestLedger.Allowed']>

/** A request as listed: its fields and every figure as of now, without events and court. */
export type RequestSummary = Sent<Schemas['RequestSummary']>

/** A request with its events, court and the events each team may record now. */
export type RequestView = Sent<Schemas['RequestView']>

/** The answer to a recorded event: the event as stored and the request's figures after it. */
export type EventAppended = Sent<Schemas['RequestView.EventAppended']>

export type RequestCreate = Schemas['RequestCreate']
export type RequestEventCreate = Schemas['EventCreate']
export type RequestQuery = QueryOf<'/api/requests'>
