/**
 * JSON shapes of the request-history import (`POST /api/requests/import`): names for the schemas
 * generated from the server's OpenAPI document (`schema.d.ts`).
 */
import type { Schemas, Sent } from './openapi'

/** One request of the import with its events; `externalRef` makes a re-import change nothing. */
export type RequestImportItem = Schemas['RequestImportItem']

/** What became of one item: CREATED, UNCHANGED (its `externalRef` is stored) or REJECTED. */
export type RequestImportResultItem = Sent<Schemas['RequestImportResult.Item']>

/** Counts and one result per item, in input order (`index` from 0 within the call). */
export type RequestImportReport = Omit<Sent<Schemas['RequestImportResult']>, 'results'> & {
  results: RequestImportResultItem[]
}
