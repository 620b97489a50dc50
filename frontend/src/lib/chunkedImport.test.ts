import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { runInChunks } from './chunkedImport'

interface Report {
  indexes: number[]
}

const merge = (total: Report | null, part: Report, offset: number): Report => ({
  indexes: [...(total?.indexes ?? []), ...part.indexes.map((i) => i + offset)],
})

describe('runInChunks', () => {
  it('sends parts of the given size in order, reports progress and merges with offsets', async () => {
    const items = Array.from({ length: 1200 }, (_, i) => i)
    const sent: [number, number][] = []
    const progress: [number, number][] = []
    const run = await runInChunks({
      items,
      size: 500,
      send: async (part, offset) => {
        sent.push([offset, part.length])
        // Each part's report counts from 0, as the server does per call.
        return { indexes: part.map((_, i) => i).filter((i) => i % 250 === 0) }
      },
      merge,
      onProgress: (done, total) => progress.push([done, total]),
    })

    expect(sent).toEqual([
      [0, 500],
      [500, 500],
      [1000, 200],
    ])
    expect(progress).toEqual([
      [0, 1200],
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ])
    expect(run).toEqual({ report: { indexes: [0, 250, 500, 750, 1000] }, done: 1200, error: null })
  })

  it('stops at a failed part and keeps what the earlier parts did', async () => {
    let calls = 0
    const run = await runInChunks({
      items: Array.from({ length: 30 }, (_, i) => i),
      size: 10,
      send: async () => {
        if (++calls === 2) throw new ApiError(413, { title: 'Import too large' })
        return { indexes: [0] }
      },
      merge,
    })

    expect(calls).toBe(2)
    expect(run.done).toBe(10)
    expect(run.report).toEqual({ indexes: [0] })
    expect(run.error?.status).toBe(413)
  })
})
