import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, mockFetch, problem } from '@/test/mockFetch'
import {
  ApiError,
  fieldError,
  fieldErrors,
  http,
  setCsrfToken,
  setUnauthorizedHandler,
} from './http'

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
  setUnauthorizedHandler(null)
})

describe('http', () => {
  it('turns a problem+json body into an ApiError with field errors', async () => {
    mockFetch([
      {
        method: 'POST',
        url: '/api/teams',
        respond: () =>
          problem(400, {
            type: 'about:blank',
            title: 'Invalid team',
            detail: 'The team has invalid fields',
            errors: [{ field: 'slug', message: 'must be lowercase' }],
            correlationId: 'abc-1',
          }),
      },
    ])

    const error = await http.post('/api/teams', { slug: 'X' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.title).toBe('Invalid team')
    expect(apiError.detail).toBe('The team has invalid fields')
    expect(apiError.errors).toEqual([{ field: 'slug', message: 'must be lowercase' }])
    expect(apiError.correlationId).toBe('abc-1')
    expect(fieldError(apiError, 'slug')).toBe('must be lowercase')
    expect(fieldError(apiError, 'name')).toBeUndefined()
    expect(fieldErrors(apiError, ['slug', 'name', 'kind'], { kind: 'Required.' })).toEqual({
      slug: 'must be lowercase',
      name: undefined,
      kind: 'Required.',
    })
  })

  it('gives a readable error when the error body is not JSON', async () => {
    mockFetch([
      {
        method: 'GET',
        url: '/api/teams',
        respond: () => new Response('<html>oops</html>', { status: 502 }),
      },
    ])

    const error = (await http.get('/api/teams').catch((e: unknown) => e)) as ApiError

    expect(error.status).toBe(502)
    expect(error.title).toBe('Server error')
    expect(error.errors).toEqual([])
  })

  it('reads Retry-After seconds', async () => {
    mockFetch([
      {
        method: 'POST',
        url: '/api/auth/login',
        respond: () => problem(429, { title: 'Locked' }, { 'Retry-After': '600' }),
      },
    ])

    const error = (await http.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError

    expect(error.retryAfterSeconds).toBe(600)
  })

  it('sends the CSRF token on POST, PUT and DELETE but not on GET', async () => {
    const { calls } = mockFetch([
      { method: 'GET', url: '/api/teams?page=0&size=5', respond: () => json(200, { items: [] }) },
      { method: 'POST', url: '/api/teams', respond: () => json(201, { slug: 'a' }) },
      { method: 'PUT', url: '/api/teams/a', respond: () => json(200, { slug: 'a' }) },
      {
        method: 'DELETE',
        url: '/api/tokens/3',
        respond: () => new Response(null, { status: 204 }),
      },
    ])
    setCsrfToken('token-42')

    await http.get('/api/teams', { page: 0, size: 5, empty: '' })
    await http.post('/api/teams', { slug: 'a' })
    await http.put('/api/teams/a', { name: 'A' })
    const deleted = await http.del('/api/tokens/3')

    expect(calls.map((c) => c.headers['X-CSRF-TOKEN'])).toEqual([
      undefined,
      'token-42',
      'token-42',
      'token-42',
    ])
    expect(calls[1]?.headers['Content-Type']).toBe('application/json')
    expect(calls[1]?.body).toEqual({ slug: 'a' })
    expect(calls[0]?.headers.Accept).toBe('application/json')
    expect(deleted).toBeUndefined()
  })

  it('uses same-origin credentials', async () => {
    const { fn } = mockFetch([{ method: 'GET', url: '/api/me', respond: () => json(200, {}) }])

    await http.get('/api/me')

    expect(fn.mock.calls[0]?.[1]?.credentials).toBe('same-origin')
  })

  it('reports a 401 to the auth store, except from login and /api/me', async () => {
    mockFetch([
      { method: 'GET', url: /^\/api\/(teams|me)$/, respond: () => problem(401, {}) },
      { method: 'POST', url: '/api/auth/login', respond: () => problem(401, {}) },
    ])
    const onUnauthorized = vi.fn()
    setUnauthorizedHandler(onUnauthorized)

    await expect(http.get('/api/me')).rejects.toMatchObject({ status: 401 })
    await expect(http.post('/api/auth/login', {})).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).not.toHaveBeenCalled()

    await expect(http.get('/api/teams')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(http.get('/api/teams')).rejects.toMatchObject({ status: 0 })
  })
})
