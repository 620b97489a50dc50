/** JSON shapes of incidents, timelines, action items and postmortems (see docs/API.md). */

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const
export type Severity = (typeof SEVERITIES)[number]

export const INCIDENT_STATUSES = ['OPEN', 'MITIGATED', 'RESOLVED', 'POSTMORTEM_PUBLISHED'] as const
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number]

export const POSTMORTEM_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'] as const
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number]

export const TIMELINE_KINDS = [
  'DETECTION',
  'ESCALATION',
  'ACTION',
  'COMMUNICATION',
  'ROOT_CAUSE',
  'MITIGATION',
  'RESOLUTION',
  'NOTE',
] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE', 'WONT_DO'] as const
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number]

export interface IncidentCreate {
  title: string
  severity: Severity
  status: IncidentStatus
  startedAt: string
  detectedAt: string
  rootCauseAt?: string | null
  mitigatedAt?: string | null
  resolvedAt?: string | null
  teams: string[]
  services: string[]
  tags: string[]
  contributingFactors: string[]
  summary?: string | null
}

export interface IncidentUpdate extends IncidentCreate {
  version: number
}

export interface IncidentView {
  id: number
  key: string
  title: string
  severity: Severity
  status: IncidentStatus
  startedAt: string
  detectedAt: string
  rootCauseAt: string | null
  mitigatedAt: string | null
  resolvedAt: string | null
  teams: string[]
  services: string[]
  tags: string[]
  contributingFactors: string[]
  summary: string | null
  postmortemStatus: PostmortemStatus | null
  version: number
  createdAt: string
  updatedAt: string
  timeToDetectSeconds: number | null
  timeToRootCauseSeconds: number | null
  timeToResolveSeconds: number | null
  wallTimeSeconds: number | null
  wallShare: number | null
}

/** Filters of `GET /api/incidents`; `from`/`to` bound `detectedAt`. */
export interface IncidentQuery {
  status?: string
  severity?: string
  team?: string
  tag?: string
  factor?: string
  q?: string
  from?: string
  to?: string
  page?: number
  size?: number
}

export interface ContributingFactor {
  code: string
  label: string
  description: string
}

export interface TimelineEntryCreate {
  at: string
  text: string
  kind: TimelineKind
}

export interface TimelineEntry extends TimelineEntryCreate {
  id: number
  recordedBy: string
  createdAt: string
}

export interface ActionItemCreate {
  title: string
  ownerTeam: string
  dueDate: string
  status: ActionItemStatus
}

export interface ActionItemUpdate extends ActionItemCreate {
  version: number
}

export interface ActionItemView {
  id: number
  incidentId: number
  incidentKey: string
  title: string
  ownerTeam: string
  dueDate: string
  status: ActionItemStatus
  overdue: boolean
  version: number
}

export interface ActionItemQuery {
  overdue?: boolean
  team?: string
  page?: number
  size?: number
}

export interface PostmortemView {
  incidentId: number
  markdown: string
  html: string
  status: PostmortemStatus
  /** `null` until the postmortem is first saved (it starts from the template). */
  version: number | null
  updatedAt: string | null
  updatedBy: string | null
}

export interface PostmortemSave {
  markdown: string
  status: PostmortemStatus
  version: number | null
}

/** One blaming phrase found by the server's blameless-language check (1-based line and column). */
export interface BlamelessFinding {
  line: number
  column: number
  phrase: string
  reason: string
  suggestion: string
}

export interface PostmortemCheck {
  findings: BlamelessFinding[]
}

export interface PostmortemPreview {
  html: string
}

/** The part of a cross-team request summary the incident page shows. */
export interface LinkedRequest {
  id: number
  key: string
  title: string
  requesterTeam: string
  responderTeam: string
  state: string
  leadTimeSeconds: number | null
  ageSeconds: number | null
  pingPong: boolean
}
