import { describe, expect, it } from 'vitest'
import { ApiError, CLIENT_FAILURE } from '@/api/http'
import { useSubmit } from './useSubmit'

/** A promise with its resolve and reject, to hold an action open. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useSubmit', () => {
  it('is submitting while the action runs and returns its result', async () => {
    const { submitting, error, submit } = useSubmit()
    const pending = deferred<string>()

    const result = submit(() => pending.promise)
    expect(submitting.value).toBe(true)
    pending.resolve('done')

    await expect(result).resolves.toBe('done')
    expect(submitting.value).toBe(false)
    expect(error.value).toBeNull()
  })

  it('keeps an ApiError as it is and resolves to undefined', async () => {
    const { submitting, error, submit } = useSubmit()
    const conflict = new ApiError(409, { title: 'Conflict', detail: 'Changed meanwhile' })

    await expect(submit(() => Promise.reject(conflict))).resolves.toBeUndefined()

    expect(error.value).toBe(conflict)
    expect(submitting.value).toBe(false)
  })

  it('wraps any other error in an ApiError that keeps it as the cause', async () => {
    const { error, submit } = useSubmit()
    const failure = new TypeError('file is unreadable')

    await submit(async () => {
      throw failure
    })

    expect(error.value).toBeInstanceOf(ApiError)
    expect(error.value).toMatchObject({
      status: 0,
      type: CLIENT_FAILURE,
      title: 'Something went wrong.',
      detail: 'file is unreadable',
      cause: failure,
    })
  })

  it('keeps no error for an abort', async () => {
    const { error, submitting, submit } = useSubmit()

    await submit(() => Promise.reject(new DOMException('stopped', 'AbortError')))

    expect(error.value).toBeNull()
    expect(submitting.value).toBe(false)
  })

  it('clears the last error when the next submit starts', async () => {
    const { error, submit } = useSubmit()
    await submit(() => Promise.reject(new ApiError(500, {})))
    expect(error.value?.title).toBe('Server error')

    const pending = deferred<void>()
    const next = submit(() => pending.promise)
    expect(error.value).toBeNull()
    pending.resolve()
    await next
    expect(error.value).toBeNull()
  })
})
