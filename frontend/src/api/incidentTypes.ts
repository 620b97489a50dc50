/**
 * JSON shapes of incidents, timelines, action items and postmortems: names for the schemas
 * generated from the server's OpenAPI document (`schema.d.ts`).
 */
import { enumValues, type Narrow, type QueryOf, type Schemas, type Sent } from './openapi'
import type { RequestSummary } from './requestTypes'

export type Severity = Schemas['Severity']
export const SEVERITIES = enumValues<Severity>()(['SEV1', 'SEV2', 'SEV3', 'SEV4'])

export type IncidentStatus = Schemas['IncidentStatus']
export const INCIDENT_STATUSES = enumValues<IncidentStatus>()([
  'OPEN',
  'MITIGATED',
  'RESOLVED',
  'POSTMORTEM_PUBLISHED',
])

export type PostmortemStatus = Schemas['PostmortemStatus']
export const POSTMORTEM_STATUSES = enumValues<PostmortemStatus>()([
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
])

export type TimelineKind = Schemas['TimelineKind']
export const TIMELINE_KINDS = enumValues<TimelineKind>()([
  'DETECTION',
  'ESCALATION',
  'ACTION',
  'COMMUNICATION',
  'ROOT_CAUSE',
  'MITIGATION',
  'RESOLUTION',
  'NOTE',
])

export type ActionItemStatus = Schemas['ActionItemStatus']
export const ACTION_ITEM_STATUSES = enumValues<ActionItemStatus>()(['OPEN', 'DONE', 'WONT_DO'])

export type IncidentCreate = Schemas['IncidentCreate']
export type IncidentUpdate = Schemas['IncidentUpdate']

/** `postmortemStatus` is a String in the Java record; the server writes a PostmortemStatus name. */
export type IncidentView = Narrow<
  Sent<Schemas['IncidentView']>,
  { postmortemStatus: PostmortemStatus | null }
>

/** Filters of `GET /api/incidents`; `from`/`to` bound `detectedAt`. */
export type IncidentQuery = QueryOf<'/api/incidents'>

export type ContributingFactor = Sent<Schemas['ContributingFactorView']>

export type TimelineEntryCreate = Schemas['TimelineEntryCreate']
export type TimelineEntryUpdate = Schemas['TimelineEntryUpdate']
export type TimelineEntry = Sent<Schemas['TimelineEntryView']>

export type ActionItemCreate = Schemas['ActionItemCreate']
export type ActionItemUpdate = Schemas['ActionItemUpdate']
export type ActionItemView = Sent<Schemas['ActionItemView']>
export type ActionItemQuery = QueryOf<'/api/action-items'>
export type IncidentActionItemQuery = QueryOf<'/api/incidents/{id}/action-items'>

export type PostmortemView = Sent<Schemas['PostmortemView']>
export type PostmortemSave = Schemas['PostmortemSave']
/** Who published with how many open blameless findings, and when. */
export type PostmortemAcknowledgement = Sent<Schemas['PostmortemView.Acknowledgement']>

/** One blaming phrase found by the server's blameless-language check (1-based line and column). */
export type BlamelessFinding = Sent<Schemas['CheckResult.FindingView']>
export type PostmortemCheck = Sent<Schemas['CheckResult']>
export type PostmortemPreview = Sent<Schemas['PreviewResult']>

/** The part of a cross-team request summary the incident page shows. */
export type LinkedRequest = Pick<
  RequestSummary,
  | 'id'
  | 'key'
  | 'title'
  | 'requesterTeam'
  | 'responderTeam'
  | 'state'
  | 'leadTimeSeconds'
  | 'ageSeconds'
  | 'pingPong'
>
