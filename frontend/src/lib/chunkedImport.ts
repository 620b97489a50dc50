/**
 * An import of a list the browser holds (a JSON array), sent in parts of `size` items one after
 * another, so a long import shows "rows processed N of M" and stays under the server's per-call
 * limits. Only for imports whose items are independent and idempotent (see the caller): then
 * sending parts is the same as sending the whole, and sending again after a failure is safe.
 */
import { toApiError, type ApiError } from '@/api/http'

export interface ChunkedRun<R> {
  /** The parts' reports merged, item positions counted from the whole list; null before any. */
  report: R | null
  /** Items the server has answered for. */
  done: number
  /** Why the run stopped early (the parts after it were not sent); null when all went. */
  error: ApiError | null
}

export async function runInChunks<I, R>(options: {
  items: readonly I[]
  size: number
  /** Sends one part; `offset` is the position of its first item in the whole list. */
  send: (part: I[], offset: number) => Promise<R>
  /** Adds one part's report to the total so far, moving its positions by `offset`. */
  merge: (total: R | null, part: R, offset: number) => R
  onProgress?: (done: number, total: number) => void
}): Promise<ChunkedRun<R>> {
  const { items, size, send, merge, onProgress } = options
  let report: R | null = null
  let done = 0
  onProgress?.(0, items.length)
  for (let offset = 0; offset < items.length; offset += size) {
    const part = items.slice(offset, offset + size)
    try {
      report = merge(report, await send(part, offset), offset)
    } catch (e) {
      // An abort was asked for: it ends the run as it is, without an error to show.
      if (e instanceof DOMException && e.name === 'AbortError') return { report, done, error: null }
      return { report, done, error: toApiError(e) }
    }
    done += part.length
    onProgress?.(done, items.length)
  }
  return { report, done, error: null }
}
