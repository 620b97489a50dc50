import type { FieldProblem, Problem } from './types'

/** An HTTP call that did not succeed, carrying the server's problem details. */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly type: string | undefined
  readonly errors: FieldProblem[]
  readonly correlationId: string | undefined
  /** Seconds from the `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | undefined
  /** The whole problem body, for extension members (e.g. `allowed` on a 409). */
  readonly problem: Problem

  constructor(
    status: number,
    problem: Problem,
    extra: { correlationId?: string; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    const title = problem.title || defaultTitle(status)
    super(problem.detail || title, 'cause' in extra ? { cause: extra.cause } : undefined)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = problem.detail || undefined
    this.type = problem.type
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
    this.correlationId = problem.correlationId || extra.correlationId
    this.retryAfterSeconds = extra.retryAfterSeconds
    this.problem = problem
  }
}

function defaultTitle(status: number): string {
  switch (status) {
    case 0:
      return 'The server could not be reached'
    case 400:
      return 'Bad request'
    case 401:
      return 'Not signed in'
    case 403:
      return 'Forbidden'
    case 404:
      return 'Not found'
    case 409:
      return 'Conflict'
    case 429:
      return 'Too many requests'
    default:
      return status >= 500 ? 'Server error' : `Request failed (${status})`
  }
}

/** The `type` of an ApiError that wraps a failure in the browser rather than an HTTP answer. */
export const CLIENT_FAILURE = 'urn:wallbreaker:client-failure'

/**
 * The error itself when it is an ApiError; otherwise an ApiError with status 0 (no HTTP answer)
 * and type CLIENT_FAILURE that keeps it as `cause`, titled the way ProblemAlert shows any other
 * failure.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const detail = err instanceof Error ? err.message : undefined
  return new ApiError(
    0,
    { type: CLIENT_FAILURE, title: 'Something went wrong.', detail },
    { cause: err },
  )
}

/** The message the server gave for one field of a rejected request, if any. */
export function fieldError(err: unknown, field: string): string | undefined {
  if (!(err instanceof ApiError)) return undefined
  return err.errors.find((e) => e.field === field)?.message
}

/**
 * The message for each of the given fields: a local one (checked in the browser) when set,
 * else the server's, else undefined.
 */
export function fieldErrors<F extends string>(
  err: unknown,
  fields: readonly F[],
  local: Partial<Record<F, string | undefined>> = {},
): Record<F, string | undefined> {
  const out = {} as Record<F, string | undefined>
  for (const f of fields) out[f] = local[f] ?? fieldError(err, f)
  return out
}

/** True when the error names none of the given fields (so its detail belongs at the form top). */
export function hasNoFieldErrorFor(err: unknown, fields: readonly string[]): boolean {
  if (!(err instanceof ApiError)) return err != null
  return !err.errors.some((e) => fields.includes(e.field))
}

let csrfToken: string | null = null
let unauthorizedHandler: (() => void) | null = null

/** Kept in memory only; sent as `X-CSRF-TOKEN` on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function getCsrfToken(): string | null {
  return csrfToken
}

/** Called when any call except login and `/api/me` answers 401 (the session has ended). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler
}

const NO_UNAUTHORIZED_NOTICE = ['/api/auth/login', '/api/me']

/** Runs the 401 handler for a call that did not go through `request` (an upload with progress). */
export function reportUnauthorized(path: string): void {
  if (!NO_UNAUTHORIZED_NOTICE.includes(path)) unauthorizedHandler?.()
}

/** Query parameters; a list repeats its parameter (`sort=a,asc&sort=b`), in order. */
export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Sends `body` as this content type, unchanged, instead of as JSON. */
  contentType?: string
  signal?: AbortSignal
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const v of values) {
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v))
    }
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

function isJson(contentType: string | null): boolean {
  return contentType != null && /^application\/([\w.+-]*\+)?json\b/i.test(contentType)
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000))
}

export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal }
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json'
    init.body = options.contentType ? String(options.body) : JSON.stringify(options.body)
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    headers['X-CSRF-TOKEN'] = csrfToken
  }

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), init)
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, { detail: 'Check your connection and try again.' })
  }

  const contentType = response.headers.get('Content-Type')
  if (!response.ok) {
    let problem: Problem = {}
    if (isJson(contentType)) {
      try {
        problem = (await response.json()) as Problem
      } catch {
        problem = {}
      }
    }
    const error = new ApiError(response.status, problem, {
      correlationId: response.headers.get('X-Correlation-Id') ?? undefined,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    })
    if (response.status === 401 && !NO_UNAUTHORIZED_NOTICE.includes(path)) {
      unauthorizedHandler?.()
    }
    throw error
  }

  if (response.status === 204 || !isJson(contentType)) {
    return undefined as T
  }
  return (await response.json()) as T
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  postText: <T>(path: string, text: string, contentType: string) =>
    request<T>('POST', path, { body: text, contentType }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T = void>(path: string) => request<T>('DELETE', path),
}
