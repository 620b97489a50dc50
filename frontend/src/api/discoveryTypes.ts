/**
 * JSON shapes of discovery (the catalog of known systems, inventory snapshots and shadow-system
 * candidates): names for the schemas generated from the server's OpenAPI document (`schema.d.ts`).
 */
import type { Narrow, QueryOf, Schemas, Sent } from './openapi'

/**
 * Where a candidate stands. The Java record holds it as a String (the document says `string`);
 * the server writes one of these names (`Candidates.Status`).
 */
export type CandidateStatus = 'OPEN' | 'CONFIRMED' | 'KNOWN' | 'IGNORED'
export const CANDIDATE_STATUSES: readonly CandidateStatus[] = [
  'OPEN',
  'CONFIRMED',
  'KNOWN',
  'IGNORED',
]

/**
 * The inventories the server reads, by their name in `/api/inventories/{source}/import` (a path
 * parameter, so the document has no enum). A stored snapshot or candidate names its source the
 * same way, a CSV feed as `csv:<feed>`.
 */
export type InventorySource = 'heroku' | 'aws-organizations' | 'dns' | 'csv'
export const INVENTORY_SOURCES: readonly InventorySource[] = [
  'heroku',
  'aws-organizations',
  'dns',
  'csv',
]

/**
 * A problem with one entity or item of an import file: `line` (1-based, text files) or `index`
 * (0-based, JSON arrays). Written without null members (`@JsonInclude(NON_NULL)`), so either may
 * be missing: not `Sent`.
 */
export type DiscoveryImportError = Schemas['ImportError']

/** What a catalog import did with one entity; `identifiers` read like `HOST shop.acme.example`. */
export type CatalogEntityResult = Sent<Schemas['DiscoveryViews.EntityResult']>
/** `POST /api/catalog/import`. */
export type CatalogReport = Omit<Sent<Schemas['DiscoveryViews.CatalogReport']>, 'errors'> & {
  errors: DiscoveryImportError[]
}
export type CatalogQuery = QueryOf<'/api/catalog'>

/** A known system of the catalog: `origin` CATALOG (imported) or CANDIDATE (triaged as known). */
export type KnownSystem = Sent<Schemas['DiscoveryViews.KnownSystem']>

/** How an owner an inventory names (a Heroku team, an e-mail) was mapped to a team, and by which rule. */
export type OwnerGuess = Sent<Schemas['DiscoveryViews.OwnerGuess']>
/** `POST /api/inventories/{source}/import`, and one snapshot of the list (newest first). */
export type SnapshotReport = Omit<Sent<Schemas['DiscoveryViews.SnapshotReport']>, 'errors'> & {
  errors: DiscoveryImportError[]
}
export type SnapshotQuery = QueryOf<'/api/inventories/snapshots'>
/** `?team=&feed=&origin=` of an inventory import (the document does not name the operation's query). */
export interface InventoryImportQuery {
  team?: string
  feed?: string
  origin?: string
}

/** A registered shadow system whose inventory item disappeared: perhaps decommissioned. */
export type GoneSystem = Sent<Schemas['DiscoveryViews.Gone']>

/**
 * Where a candidate came from. `record` is the item as the inventory listed it (a Heroku app
 * object, a DNS record, a CSV row as an object): the document describes it as Micronaut's
 * JsonNode class, whose bean properties the server does not write, so it is typed as any JSON.
 */
export type CandidateEvidence = Omit<Sent<Schemas['DiscoveryViews.Evidence']>, 'record'> & {
  record: unknown
}

/**
 * A shadow-system candidate: an inventory item nobody in the catalog or the registry knows.
 * `team`: the team that triages it; `ownerGuess`: the team the inventory's owner maps to.
 */
export type Candidate = Narrow<
  Omit<Sent<Schemas['DiscoveryViews.Candidate']>, 'evidence'>,
  { status: CandidateStatus }
> & { evidence: CandidateEvidence }
export type CandidateQuery = QueryOf<'/api/shadow-candidates'>

export type KnownBody = Schemas['DiscoveryViews.KnownBody']
export type IgnoreBody = Schemas['DiscoveryViews.IgnoreBody']

/** The discovery figures of `GET /api/metrics/shadow`. */
export type DiscoveryStats = Sent<Schemas['DiscoveryViews.Stats']>
