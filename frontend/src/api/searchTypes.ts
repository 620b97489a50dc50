/**
 * JSON shapes of the global search: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`).
 */
import { enumValues, type QueryOf, type Schemas, type Sent } from './openapi'

/** `GET /api/search`: `q` (2–200 characters) and `limit` (1–50, the server's default 20). */
export type SearchQuery = QueryOf<'/api/search'>

/** What kind of record a hit is. */
export type SearchHitType = Schemas['SearchHit.Type']

/** Every kind of hit, in the order the full results page groups them. */
export const SEARCH_HIT_TYPES = enumValues<SearchHitType>()([
  'INCIDENT',
  'POSTMORTEM',
  'REQUEST',
  'SHADOW_SYSTEM',
  'TEAM',
])

/**
 * One record the search found: its key ("INC-3"), title, a snippet of the text that matched when
 * it was not the title (else null) and the app path it lives on.
 */
export type SearchHit = Sent<Schemas['SearchHit']>
export type SearchResults = Sent<Schemas['Search.Results']>

/** The server refuses (400 naming `q`) a query shorter or longer than this, once trimmed. */
export const SEARCH_MIN_LENGTH = 2
export const SEARCH_MAX_LENGTH = 200
/** The most hits one call returns (`limit`). */
export const SEARCH_MAX_LIMIT = 50
