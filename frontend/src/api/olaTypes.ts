/**
 * JSON shapes of OLA targets (a lead-time goal per requester, responder and kind): names for the
 * schemas generated from the server's OpenAPI document (`schema.d.ts`).
 */
import type { QueryOf, Schemas, Sent } from './openapi'

/**
 * One target, as listed and as sent in `PUT /api/ola-targets` (the whole list). Every member is
 * nullable in the document because the server checks them itself (400 `[i].field`).
 */
export type OlaTarget = Schemas['OlaTarget']
export type OlaTargetQuery = QueryOf<'/api/ola-targets'>

/**
 * A target with the requests it applies to (same requester, responder and kind): all of them,
 * those still open, and those that breached it, closed or still open.
 */
export type OlaTargetUsage = Sent<Schemas['OlaTargetUsage']>
