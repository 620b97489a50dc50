/**
 * JSON shapes of connectors (Jira / GitHub ticket sync): names for the schemas generated from the
 * server's OpenAPI document (`schema.d.ts`), as in the other *Types.ts modules.
 */
import { enumValues, type Schemas, type Sent } from './openapi'

export type ConnectorKind = Schemas['ConnectorKind']
export const CONNECTOR_KINDS = enumValues<ConnectorKind>()(['JIRA', 'GITHUB'])

/** What a ticket's status, label or resolution means for the request. */
export type Phase = Schemas['ConnectorMapping.Phase']
export const PHASES = enumValues<Phase>()([
  'OPEN',
  'STARTED',
  'NEEDS_INFO',
  'DONE',
  'FULFILLED',
  'DECLINED',
])

/** Where a team comes from; the first source in a list that names a team wins. */
export type TeamSource = Sent<Schemas['ConnectorMapping.TeamSource']>
export type TeamSourceKind = Schemas['ConnectorMapping.Source']
export const TEAM_SOURCE_KINDS = enumValues<TeamSourceKind>()([
  'LABEL',
  'PROJECT',
  'COMPONENT',
  'FIELD',
  'REPORTER',
  'ASSIGNEE',
  'REPOSITORY',
])

/**
 * How a connector turns tickets into requests. What the server sends is the effective mapping
 * (every part filled in); what it takes may leave parts out (they take their defaults).
 */
export type Mapping = Sent<Schemas['ConnectorMapping']>
export type MappingInput = Schemas['ConnectorMapping']

export type DeliveryCounts = Sent<Schemas['ConnectorView.Last24h']>
export type ConnectorView = Sent<Schemas['ConnectorView']>

/** The answer to a create or a secret rotation: the only time the secret and token are sent. */
export type ConnectorCreated = Sent<Schemas['ConnectorCreated']>

export type ConnectorCreate = Schemas['ConnectorCreate']
export type ConnectorUpdate = Schemas['ConnectorUpdate']

export type RederiveResult = Sent<Schemas['SyncReport.Rederived']>

export type DeliveryStatus = Schemas['DeliveryStatus']
export const DELIVERY_STATUSES = enumValues<DeliveryStatus>()([
  'PROCESSED',
  'UNMAPPED',
  'IGNORED',
  'REJECTED',
  'RECEIVED',
])

export type DeliveryView = Sent<Schemas['DeliveryView']>

export interface DeliveryQuery {
  status?: DeliveryStatus
  page?: number
  size?: number
}

/** GitHub's event names, as sent in `X-GitHub-Event`, that the preview can be told. */
export type GithubEvent = 'issues' | 'issue_comment'
export const GITHUB_EVENTS: readonly GithubEvent[] = ['issues', 'issue_comment']

/** The body of `POST /api/connectors/{id}/preview` (read as raw JSON by the server). */
export interface PreviewCall {
  /** Any JSON: a webhook body or a backfill page. */
  payload: unknown
  /** The GitHub event name when the payload is a webhook body; guessed from the shape otherwise. */
  event?: string
  /** An unsaved mapping to try; left out: the connector's. */
  mapping?: MappingInput
}

export type PreviewEvent = Sent<Schemas['SyncReport.PreviewEvent']>
export type PreviewFigures = Sent<Schemas['SyncReport.PreviewFigures']>

/** The request one ticket would give (nothing is stored). */
export type PreviewRequest = Sent<Schemas['SyncReport.PreviewRequest']>
export type PreviewResult = Sent<Schemas['SyncReport.Preview']>

export type ImportResult = Schemas['SyncOutcome']
export type ImportTicket = Sent<Schemas['SyncReport.TicketResult']>
export type ImportReport = Sent<Schemas['SyncReport.ImportResult']>

/** Where a synced request comes from; `null` on requests recorded in Wallbreaker. */
export type RequestSource = Sent<Schemas['RequestSource']>
