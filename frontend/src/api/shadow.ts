import { http } from './http'
import type {
  ShadowImportReport,
  ShadowQuery,
  ShadowSystemCreate,
  ShadowSystemUpdate,
  ShadowSystemView,
} from './shadowTypes'
import type { Page } from './types'
import { upload, type UploadOptions } from './upload'

const base = '/api/shadow-systems'

export const shadowApi = {
  list: (query: ShadowQuery = {}) => http.get<Page<ShadowSystemView>>(base, { ...query }),
  get: (id: number | string) => http.get<ShadowSystemView>(`${base}/${encodeURIComponent(id)}`),
  create: (system: ShadowSystemCreate) => http.post<ShadowSystemView>(base, system),
  update: (id: number | string, system: ShadowSystemUpdate) =>
    http.put<ShadowSystemView>(`${base}/${encodeURIComponent(id)}`, system),
  /**
   * A CSV file as written (header row of the create field names), sent as `text/csv` with upload
   * progress.
   */
  importCsv: (csv: string, options: UploadOptions = {}) =>
    upload<ShadowImportReport>('POST', `${base}/import`, csv, 'text/csv', options),
}
