import type {
  Candidate,
  CandidateQuery,
  CatalogQuery,
  CatalogReport,
  GoneSystem,
  IgnoreBody,
  InventoryImportQuery,
  InventorySource,
  KnownBody,
  KnownSystem,
  SnapshotQuery,
  SnapshotReport,
} from './discoveryTypes'
import { http } from './http'
import type { ShadowSystemCreate, ShadowSystemView } from './shadowTypes'
import type { Page } from './types'
import { upload, type UploadOptions } from './upload'

const enc = encodeURIComponent

/** The catalog of known systems (everyone reads; members and admins import and delete). */
export const catalogApi = {
  /**
   * The file as written: a Backstage catalog-info.yaml (`application/yaml`) or a CSV (`text/csv`),
   * sent with upload progress.
   */
  importFile: (text: string, contentType: string, options: UploadOptions = {}) =>
    upload<CatalogReport>('POST', '/api/catalog/import', text, contentType, options),
  list: (query: CatalogQuery = {}) => http.get<Page<KnownSystem>>('/api/catalog', { ...query }),
  get: (id: number | string) => http.get<KnownSystem>(`/api/catalog/${enc(id)}`),
  remove: (id: number | string) => http.del(`/api/catalog/${enc(id)}`),
}

/** Inventory snapshots: what runs, as each tool lists it. */
export const inventoriesApi = {
  /**
   * The tool's output as written, sent as `contentType` with upload progress; the snapshot's
   * report comes back.
   */
  importFile: (
    source: InventorySource,
    text: string,
    contentType: string,
    query: InventoryImportQuery = {},
    options: UploadOptions = {},
  ) =>
    upload<SnapshotReport>('POST', `/api/inventories/${enc(source)}/import`, text, contentType, {
      ...options,
      query: { ...query },
    }),
  /** Newest first. */
  snapshots: (query: SnapshotQuery = {}) =>
    http.get<Page<SnapshotReport>>('/api/inventories/snapshots', { ...query }),
  /** Registered shadow systems whose inventory item disappeared (a hint, never automatic). */
  gone: () => http.get<GoneSystem[]>('/api/inventories/gone'),
}

const candidates = '/api/shadow-candidates'

/** Shadow-system candidates and their triage. */
export const candidatesApi = {
  /** Oldest first seen first. */
  list: (query: CandidateQuery = {}) => http.get<Page<Candidate>>(candidates, { ...query }),
  get: (id: number | string) => http.get<Candidate>(`${candidates}/${enc(id)}`),
  /**
   * A shadow system from the candidate (201): the server pre-fills what the body leaves out;
   * `dataClassification` is required.
   */
  confirm: (id: number | string, overrides: ShadowSystemCreate) =>
    http.post<ShadowSystemView>(`${candidates}/${enc(id)}/confirm`, overrides),
  /** Known after all: it goes into the catalog. */
  known: (id: number | string, body: KnownBody = {}) =>
    http.post<Candidate>(`${candidates}/${enc(id)}/known`, body),
  /** Not a shadow system; the reason is required. */
  ignore: (id: number | string, body: IgnoreBody) =>
    http.post<Candidate>(`${candidates}/${enc(id)}/ignore`, body),
}
