import { buildUrl, http } from './http'
import type {
  ActionItemCreate,
  IncidentActionItemQuery,
  ActionItemQuery,
  ActionItemUpdate,
  ActionItemView,
  ContributingFactor,
  IncidentCreate,
  IncidentQuery,
  IncidentUpdate,
  IncidentView,
  LinkedRequest,
  PostmortemCheck,
  PostmortemPreview,
  PostmortemSave,
  PostmortemView,
  TimelineEntry,
  TimelineEntryCreate,
  TimelineEntryUpdate,
} from './incidentTypes'
import type { RequestQuery } from './requestTypes'
import type { Page } from './types'

const base = '/api/incidents'
const one = (id: number | string) => `${base}/${encodeURIComponent(String(id))}`

export const incidentsApi = {
  list: (query: IncidentQuery = {}) => http.get<Page<IncidentView>>(base, { ...query }),
  get: (id: number | string) => http.get<IncidentView>(one(id)),
  create: (incident: IncidentCreate) => http.post<IncidentView>(base, incident),
  update: (id: number | string, incident: IncidentUpdate) =>
    http.put<IncidentView>(one(id), incident),

  contributingFactors: () => http.get<ContributingFactor[]>('/api/contributing-factors'),

  timeline: (id: number | string) => http.get<TimelineEntry[]>(`${one(id)}/timeline`),
  addTimelineEntry: (id: number | string, entry: TimelineEntryCreate) =>
    http.post<TimelineEntry>(`${one(id)}/timeline`, entry),
  /** The whole entry with the version it was read at; 409 when someone changed it since. */
  updateTimelineEntry: (id: number | string, entryId: number, entry: TimelineEntryUpdate) =>
    http.put<TimelineEntry>(`${one(id)}/timeline/${entryId}`, entry),
  /** 204; 409 when the entry changed since it was read at `version`. */
  deleteTimelineEntry: (id: number | string, entryId: number, version: number) =>
    http.del(buildUrl(`${one(id)}/timeline/${entryId}`, { version })),

  actionItems: (id: number | string, query: IncidentActionItemQuery = {}) =>
    http.get<Page<ActionItemView>>(`${one(id)}/action-items`, { ...query }),
  addActionItem: (id: number | string, item: ActionItemCreate) =>
    http.post<ActionItemView>(`${one(id)}/action-items`, item),
  updateActionItem: (id: number | string, itemId: number, item: ActionItemUpdate) =>
    http.put<ActionItemView>(`${one(id)}/action-items/${itemId}`, item),
  /** 204; 409 when the item changed since it was read at `version`. */
  deleteActionItem: (id: number | string, itemId: number, version: number) =>
    http.del(buildUrl(`${one(id)}/action-items/${itemId}`, { version })),
  allActionItems: (query: ActionItemQuery = {}) =>
    http.get<Page<ActionItemView>>('/api/action-items', { ...query }),

  linkedRequests: (id: number | string, query: RequestQuery = {}) =>
    http.get<Page<LinkedRequest>>('/api/requests', {
      incident: Number(id),
      ...query,
    } satisfies RequestQuery),

  postmortem: (id: number | string) => http.get<PostmortemView>(`${one(id)}/postmortem`),
  savePostmortem: (id: number | string, postmortem: PostmortemSave) =>
    http.put<PostmortemView>(`${one(id)}/postmortem`, postmortem),
  /** Where the browser downloads the Markdown export (a plain link, not a fetch). */
  postmortemExportUrl: (id: number | string) => `${one(id)}/postmortem.md`,
  checkPostmortem: (markdown: string) =>
    http.post<PostmortemCheck>('/api/postmortems/check', { markdown }),
  previewPostmortem: (markdown: string) =>
    http.post<PostmortemPreview>('/api/postmortems/preview', { markdown }),
}
