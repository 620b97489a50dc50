import { describe, expect, it } from 'vitest'
import { aHeatmap, aPair } from './fixtures'
import { buildHeatmap, formatWallIndex, heatLevel, heatmapNote } from './heatmap'

const names: Record<string, string> = {
  'product-dev': 'Product Dev',
  operations: 'Operations',
  support: 'Support',
  security: 'Security',
}
const name = (slug: string) => names[slug] ?? slug

describe('heatLevel', () => {
  it('puts an index into one of five bands, null into none', () => {
    expect([0, 19.9, 20, 59, 60, 80, 100, 130].map(heatLevel)).toEqual([1, 1, 2, 3, 4, 5, 5, 5])
    expect(heatLevel(null)).toBe(0)
    expect(heatLevel(Number.NaN)).toBe(0)
  })

  it('prints whole numbers or a dash', () => {
    expect(formatWallIndex(67.4)).toBe('67')
    expect(formatWallIndex(null)).toBe('—')
  })
})

describe('buildHeatmap', () => {
  it('lays requesters in rows and responders in columns, sorted by name', () => {
    const map = buildHeatmap(
      aHeatmap([
        aPair(),
        aPair({ requesterTeam: 'support', responderTeam: 'operations', wallIndex: 22 }),
        aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null }),
      ]),
      name,
    )
    expect(map.columns.map((c) => c.name)).toEqual(['Operations', 'Security'])
    expect(map.rows.map((r) => r.team.name)).toEqual(['Product Dev', 'Support'])
    expect(map.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['67', '—'],
      ['22', ''],
    ])
    expect(map.max).toBe(67.4)
  })

  it('labels each cell for assistive technology', () => {
    const map = buildHeatmap(
      aHeatmap([
        aPair(),
        aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null }),
      ]),
      name,
    )
    expect(map.rows[0]!.cells.map((c) => [c.ariaLabel, c.level])).toEqual([
      ['Product Dev → Operations: wall index 67', 4],
      ['Product Dev → Security: no wall index (no closed request)', 0],
    ])
  })

  it('marks pairs without any request as empty', () => {
    const map = buildHeatmap(
      aHeatmap([
        aPair(),
        aPair({ requesterTeam: 'support', responderTeam: 'security', wallIndex: 5 }),
      ]),
      name,
    )
    const cell = map.rows[0]!.cells[1]!
    expect(cell.pair).toBeNull()
    expect(cell.ariaLabel).toBe('Product Dev → Security: no requests')
  })
})

/** Team `r01`…`r20` each ask `c01`…`c20`; team number n sends (and receives) n requests in all. */
function manyTeams(count = 20) {
  const slug = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`
  const pairs = []
  for (let n = 1; n <= count; n++) {
    pairs.push(aPair({ requesterTeam: slug('r', n), responderTeam: slug('c', n), requests: n }))
  }
  return aHeatmap(pairs)
}

describe('buildHeatmap at scale', () => {
  it('shows only the 12 requesters and 12 responders with the most requests, sorted by name', () => {
    const map = buildHeatmap(manyTeams())
    const expected = Array.from({ length: 12 }, (_, i) => String(i + 9).padStart(2, '0'))
    expect(map.rows.map((r) => r.team.slug)).toEqual(expected.map((n) => `r${n}`))
    expect(map.columns.map((c) => c.slug)).toEqual(expected.map((n) => `c${n}`))
    expect(map.requesters).toEqual({ shown: 12, total: 20 })
    expect(map.responders).toEqual({ shown: 12, total: 20 })
    expect(map.canLimit).toBe(true)
    expect(heatmapNote(map)).toBe(
      'Showing 12 of 20 requester teams and 12 of 20 responder teams: those with the most requests.',
    )
  })

  it('sums a team’s requests over all its pairs and breaks ties by name', () => {
    const heatmap = aHeatmap([
      aPair({ requesterTeam: 'b', responderTeam: 'x', requests: 3 }),
      aPair({ requesterTeam: 'b', responderTeam: 'y', requests: 3 }),
      aPair({ requesterTeam: 'c', responderTeam: 'x', requests: 5 }),
      aPair({ requesterTeam: 'a', responderTeam: 'x', requests: 5 }),
      aPair({ requesterTeam: 'd', responderTeam: 'y', requests: 1 }),
    ])
    const map = buildHeatmap(heatmap, name, { top: 2 })
    // b asked 6, a and c 5 each (a wins by name), d 1; x answered 13, y 4.
    expect(map.rows.map((r) => r.team.slug)).toEqual(['a', 'b'])
    expect(map.columns.map((c) => c.slug)).toEqual(['x', 'y'])
    expect(heatmapNote(map)).toBe(
      'Showing 2 of 4 requester teams and 2 of 2 responder teams: those with the most requests.',
    )
  })

  it('shows every team when asked to', () => {
    const map = buildHeatmap(manyTeams(), name, { showAll: true })
    expect(map.rows).toHaveLength(20)
    expect(map.columns).toHaveLength(20)
    expect(map.canLimit).toBe(true)
    expect(heatmapNote(map)).toBeNull()
  })

  it('keeps the chosen pair’s row and column when they are outside the top', () => {
    const map = buildHeatmap(manyTeams(), name, {
      selected: { requester: 'r01', responder: 'c01' },
    })
    expect(map.rows.map((r) => r.team.slug)).toContain('r01')
    expect(map.rows[0]!.team.slug).toBe('r01')
    expect(map.columns[0]!.slug).toBe('c01')
    expect(map.requesters).toEqual({ shown: 13, total: 20 })
    expect(map.responders).toEqual({ shown: 13, total: 20 })
    expect(map.keptSelected).toBe(true)
    expect(heatmapNote(map)).toMatch(/^Showing 13 of 20 requester teams .*, and the chosen pair\.$/)
    const row = map.rows.find((r) => r.team.slug === 'r01')!
    expect(row.cells.find((c) => c.responder.slug === 'c01')!.ariaLabel).toBe(
      'r01 → c01: wall index 67',
    )
  })

  it('does not limit or explain a map within the top', () => {
    const map = buildHeatmap(manyTeams(12))
    expect(map.rows).toHaveLength(12)
    expect(map.canLimit).toBe(false)
    expect(map.keptSelected).toBe(false)
    expect(heatmapNote(map)).toBeNull()
  })
})
