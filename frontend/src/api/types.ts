/** JSON shapes of the backend records (camelCase, timestamps as ISO-8601 UTC strings). */

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface FieldProblem {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldProblem[]
  correlationId?: string
  /** Extension members, e.g. `allowed` on a 409 for a request event. */
  [extension: string]: unknown
}

export const TEAM_KINDS = [
  'DEV',
  'OPS',
  'SUPPORT',
  'SECURITY',
  'PRODUCT',
  'LEADERSHIP',
  'OTHER',
] as const
export type TeamKind = (typeof TEAM_KINDS)[number]

export interface TeamView {
  slug: string
  name: string
  kind: TeamKind
  version: number
  createdAt: string
}

export interface TeamCreate {
  slug: string
  name: string
  kind: TeamKind
}

export interface TeamUpdate {
  name: string
  kind: TeamKind
  version: number
}

export const ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const
export type Role = (typeof ROLES)[number]

export interface Me {
  login: string
  displayName: string
  role: Role
  teams: string[]
  csrfToken: string
}

export interface LoginRequest {
  login: string
  password: string
}

export interface LoginResponse {
  accessToken: string
  expiresIn: number
  user: Me
}

export interface UserView {
  login: string
  displayName: string
  role: Role
  teams: string[]
  version: number
  createdAt: string
}

export interface UserCreate {
  login: string
  displayName: string
  password: string
  role: Role
  teams: string[]
}

export interface UserUpdate {
  displayName: string
  password?: string
  role: Role
  teams: string[]
  version: number
}

export interface TokenSummary {
  id: number
  name: string
  createdAt: string
  lastUsedAt: string | null
  expiresAt: string | null
}

export interface TokenCreate {
  name: string
  expiresAt?: string
}

export interface TokenCreated {
  id: number
  name: string
  token: string
  createdAt: string
  expiresAt: string | null
}

export type ActorKind = 'USER' | 'TOKEN' | 'SYSTEM'

export interface AuditChange {
  field: string
  oldValue: unknown
  newValue: unknown
}

export interface AuditEntry {
  id: number
  at: string
  actor: string
  actorKind: ActorKind
  action: string
  entityType: string
  entityId: string
  changes: AuditChange[]
}

export interface AuditQuery {
  entityType?: string
  entityId?: string
  actor?: string
  from?: string
  to?: string
  page?: number
  size?: number
}
