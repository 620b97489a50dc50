import { vi } from 'vitest'

/** One recorded call to the stubbed `fetch`. */
export interface FetchCall {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

type Responder = (call: FetchCall) => Response | Promise<Response>

interface Route {
  method: string
  /** Exact path with optional query, or a pattern tested against the whole URL. */
  url: string | RegExp
  respond: Responder
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

export function problem(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** JSON bodies parsed; anything else (e.g. a CSV upload) kept as the text sent. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Stubs global `fetch` with a tiny router; an unexpected call fails the test loudly. */
export function mockFetch(routes: Route[]) {
  const calls: FetchCall[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const method = (init.method ?? 'GET').toUpperCase()
    const headers = { ...(init.headers as Record<string, string> | undefined) }
    const body = typeof init.body === 'string' ? parseBody(init.body) : undefined
    const call = { method, url, headers, body }
    calls.push(call)
    const route = routes.find(
      (r) => r.method === method && (typeof r.url === 'string' ? r.url === url : r.url.test(url)),
    )
    if (!route) throw new Error(`Unexpected fetch: ${method} ${url}`)
    return route.respond(call)
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls }
}

export const admin = {
  login: 'admin',
  displayName: 'Ada Admin',
  role: 'ADMIN' as const,
  teams: [],
  csrfToken: 'csrf-123',
}
