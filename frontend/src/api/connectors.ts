import type {
  ConnectorCreate,
  ConnectorCreated,
  ConnectorUpdate,
  ConnectorView,
  DeliveryQuery,
  DeliveryView,
  ImportReport,
  PreviewCall,
  PreviewResult,
  RederiveResult,
} from './connectorTypes'
import { http } from './http'
import type { Page } from './types'

const base = '/api/connectors'
const one = (id: number | string) => `${base}/${encodeURIComponent(id)}`

/** Connector management (ADMIN only). The webhook itself is for Jira and GitHub, not the UI. */
export const connectorsApi = {
  /** A plain array: there are few connectors. */
  list: () => http.get<ConnectorView[]>(base),
  get: (id: number | string) => http.get<ConnectorView>(one(id)),
  create: (connector: ConnectorCreate) => http.post<ConnectorCreated>(base, connector),
  update: (id: number | string, connector: ConnectorUpdate) =>
    http.put<ConnectorView>(one(id), connector),
  /** Synced requests stay, as ordinary requests with their source noted. */
  remove: (id: number | string) => http.del(one(id)),
  /** A new secret and token; the old ones stop working. */
  rotateSecret: (id: number | string) => http.post<ConnectorCreated>(`${one(id)}/secret`),
  /** Derives every synced request again from the stored changes with the saved mapping. */
  rederive: (id: number | string) => http.post<RederiveResult>(`${one(id)}/rederive`),
  deliveries: (id: number | string, query: DeliveryQuery = {}) =>
    http.get<Page<DeliveryView>>(`${one(id)}/deliveries`, { ...query }),
  /** What a payload would give, with the connector's or an unsaved mapping; nothing is stored. */
  preview: (id: number | string, call: PreviewCall) =>
    http.post<PreviewResult>(`${one(id)}/preview`, call),
  /**
   * A backfill page (Jira search JSON, or `{issues, timelines}` for GitHub), sent as the text it
   * was pasted or read as: pages can be large, and the server reads them as they are.
   */
  importBackfill: (id: number | string, json: string) =>
    http.postText<ImportReport>(`${one(id)}/import`, json, 'application/json'),
}
