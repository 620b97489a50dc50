import { describe, expect, it } from 'vitest'
import { aPair } from './fixtures'
import { buildHeatmap, formatWallIndex, heatLevel } from './heatmap'

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
      [
        aPair(),
        aPair({ requesterTeam: 'support', responderTeam: 'operations', wallIndex: 22 }),
        aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null }),
      ],
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
      [
        aPair(),
        aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null }),
      ],
      name,
    )
    expect(map.rows[0]!.cells.map((c) => [c.ariaLabel, c.level])).toEqual([
      ['Product Dev → Operations: wall index 67', 4],
      ['Product Dev → Security: no wall index (no closed request)', 0],
    ])
  })

  it('marks pairs without any request as empty', () => {
    const map = buildHeatmap(
      [aPair(), aPair({ requesterTeam: 'support', responderTeam: 'security', wallIndex: 5 })],
      name,
    )
    const cell = map.rows[0]!.cells[1]!
    expect(cell.pair).toBeNull()
    expect(cell.ariaLabel).toBe('Product Dev → Security: no requests')
  })
})
