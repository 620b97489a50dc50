/**
 * JSON shapes of teams, users, tokens, audit and sign-in: names for the schemas generated from the
 * server's OpenAPI document (`schema.d.ts`), plus the few shapes the document does not carry.
 */
import { enumValues, type JsonResponseOf, type QueryOf, type Schemas, type Sent } from './openapi'

/**
 * One page of a list. The document has one `PageOf_X_` schema per item type (OpenAPI has no
 * generics), all of this shape; this takes `page`, `size` and `total` from one of them.
 */
export type Page<T> = Omit<Sent<Schemas['PageOf_TeamView_']>, 'items'> & { items: T[] }

export type FieldProblem = Schemas['Problem.FieldError']

/**
 * An RFC 9457 problem body. Hand-written: the document declares no error responses, so it has no
 * Problem schema. Every member is optional because a proxy or the browser may answer instead.
 */
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

export type TeamKind = Schemas['TeamKind']
export const TEAM_KINDS = enumValues<TeamKind>()([
  'DEV',
  'OPS',
  'SUPPORT',
  'SECURITY',
  'PRODUCT',
  'LEADERSHIP',
  'OTHER',
])

export type TeamView = Sent<Schemas['TeamView']>
export type TeamQuery = QueryOf<'/api/teams'>
export type TeamCreate = Schemas['TeamCreate']
export type TeamUpdate = Schemas['TeamUpdate']

export type Role = Schemas['Role']
export const ROLES = enumValues<Role>()(['ADMIN', 'MEMBER', 'VIEWER'])

export type Me = Sent<Schemas['Me']>
export type LoginRequest = Schemas['LoginRequest']
/** The document says only "an object"; the app reads nothing from it (it asks `/api/me`). */
export type LoginResponse = JsonResponseOf<'/api/auth/login', 'post'>

export type UserView = Sent<Schemas['UserView']>
export type UserQuery = QueryOf<'/api/users'>
export type UserCreate = Schemas['UserCreate']
export type UserUpdate = Schemas['UserUpdate']

export type TokenSummary = Sent<Schemas['ApiTokenView']>
export type TokenQuery = QueryOf<'/api/tokens'>
export type TokenCreate = Schemas['ApiTokenCreate']
export type TokenCreated = Sent<Schemas['ApiTokenCreated']>

export type AuditChange = Sent<Schemas['Change']>
export type AuditEntry = Sent<Schemas['AuditView']>
export type AuditQuery = QueryOf<'/api/audit'>
/** One kind of record the audit trail knows (`timeline-entry`), with the name people read. */
export type AuditEntityType = Sent<Schemas['AuditController.EntityType']>
