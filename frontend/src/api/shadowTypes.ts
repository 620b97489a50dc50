/**
 * JSON shapes of shadow systems: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`).
 */
import { enumValues, type QueryOf, type Schemas, type Sent } from './openapi'

export type DataClassification = Schemas['DataClassification']
export const DATA_CLASSIFICATIONS = enumValues<DataClassification>()([
  'NONE',
  'INTERNAL',
  'CONFIDENTIAL',
  'CUSTOMER_PII',
])

export type DiscoveryMethod = Schemas['DiscoveryMethod']
export const DISCOVERY_METHODS = enumValues<DiscoveryMethod>()([
  'SELF_REPORTED',
  'BILLING_AUDIT',
  'DNS_SCAN',
  'NETWORK_SCAN',
  'INVENTORY',
  'INCIDENT',
  'OTHER',
])

export type ShadowStatus = Schemas['ShadowStatus']
export const SHADOW_STATUSES = enumValues<ShadowStatus>()([
  'DISCOVERED',
  'ACKNOWLEDGED',
  'ADOPTED',
  'MIGRATED',
  'DECOMMISSIONED',
])

export type ShadowStatusChange = Sent<Schemas['ShadowSystemView.StatusChange']>

/** A request that motivated a system: its closing `outcome` (or OPEN) and when it was opened. */
export type MotivatingRequest = Sent<Schemas['RequestDirectory.RequestRef']>

/**
 * A shadow system with the statuses it may move to next (`allowedNext`, empty when final) and its
 * discovery lag, both as the server computes them.
 */
export type ShadowSystemView = Sent<Schemas['ShadowSystemView']>

export type ShadowSystemCreate = Schemas['ShadowSystemCreate']
export type ShadowSystemUpdate = Schemas['ShadowSystemUpdate']
export type ShadowQuery = QueryOf<'/api/shadow-systems'>

export type ShadowImportProblem = Sent<Schemas['ImportResult.RowError']>
export type ShadowImportReport = Sent<Schemas['ImportResult']>
