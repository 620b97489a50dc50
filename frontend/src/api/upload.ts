/**
 * A body sent with upload progress. `fetch` cannot report how much of a request body has gone
 * out (a streamed body needs HTTP/2 and duplex in Chromium only), so imports go through
 * XMLHttpRequest, whose `upload` progress events give bytes sent of the total. Otherwise it does
 * what `request` in http.ts does: the CSRF header, JSON answers, an ApiError with the server's
 * problem details, and the app's 401 handling.
 */
import { ApiError, buildUrl, getCsrfToken, reportUnauthorized, type Query } from './http'
import type { Problem } from './types'

export interface UploadProgress {
  /** Bytes of the body sent so far. */
  loaded: number
  /** Bytes of the whole body. */
  total: number
}

export interface UploadOptions {
  query?: Query
  onProgress?: (progress: UploadProgress) => void
  signal?: AbortSignal
}

function isJson(contentType: string | null): boolean {
  return contentType != null && /^application\/([\w.+-]*\+)?json\b/i.test(contentType)
}

/** The body's size in bytes as sent (UTF-8), for progress when the browser does not know it. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

export function upload<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: string,
  contentType: string,
  options: UploadOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const size = byteLength(body)
    xhr.open(method, buildUrl(path, options.query))
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Content-Type', contentType)
    const csrf = getCsrfToken()
    if (csrf) xhr.setRequestHeader('X-CSRF-TOKEN', csrf)

    const report = options.onProgress
    if (report) {
      report({ loaded: 0, total: size })
      xhr.upload.onprogress = (e: ProgressEvent) =>
        report({ loaded: e.loaded, total: e.lengthComputable && e.total > 0 ? e.total : size })
      xhr.upload.onload = () => report({ loaded: size, total: size })
    }

    xhr.onload = () => {
      const type = xhr.getResponseHeader('Content-Type')
      if (xhr.status >= 200 && xhr.status < 300) {
        if (xhr.status === 204 || !isJson(type)) return resolve(undefined as T)
        try {
          return resolve(JSON.parse(xhr.responseText) as T)
        } catch (e) {
          return reject(new ApiError(0, { detail: 'The answer could not be read.' }, { cause: e }))
        }
      }
      let problem: Problem = {}
      if (isJson(type)) {
        try {
          problem = JSON.parse(xhr.responseText) as Problem
        } catch {
          problem = {}
        }
      }
      const retryAfter = Number(xhr.getResponseHeader('Retry-After'))
      const error = new ApiError(xhr.status, problem, {
        correlationId: xhr.getResponseHeader('X-Correlation-Id') ?? undefined,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      })
      if (xhr.status === 401) reportUnauthorized(path)
      reject(error)
    }
    xhr.onerror = () => reject(new ApiError(0, { detail: 'Check your connection and try again.' }))
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'))
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'))
        return
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true })
    }
    xhr.send(body)
  })
}
