import type { RequestImportItem, RequestImportReport } from './requestImportTypes'
import { upload, type UploadOptions } from './upload'

/**
 * `POST /api/requests/import`: a JSON array of requests with their events (at most 10,000 per
 * call), sent with upload progress.
 */
export const requestImportApi = {
  importItems: (items: readonly RequestImportItem[], options: UploadOptions = {}) =>
    upload<RequestImportReport>(
      'POST',
      '/api/requests/import',
      JSON.stringify(items),
      'application/json',
      options,
    ),
}
