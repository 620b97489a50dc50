import { describe, expect, it } from 'vitest'
import {
  daysSince,
  importErrorWhere,
  inventoryOf,
  snapshotSummary,
  sourceLabel,
  unnoticedLabel,
} from './discoveryLabels'
import { aSnapshot } from './fixtures'

describe('discovery labels', () => {
  it('name sources, a CSV feed with its name', () => {
    expect(sourceLabel('heroku')).toBe('Heroku')
    expect(sourceLabel('aws-organizations')).toBe('AWS Organizations')
    expect(sourceLabel('csv')).toBe('CSV feed')
    expect(sourceLabel('csv:billing')).toBe('CSV feed “billing”')
    expect(sourceLabel('gcp')).toBe('gcp')
    expect(inventoryOf('csv:billing')).toBe('csv')
    expect(inventoryOf('gcp')).toBeNull()
  })

  it('count the whole days a candidate went unnoticed', () => {
    const now = Date.parse('2026-11-30T12:00:00Z')
    expect(daysSince('2025-03-01T00:00:00Z', now)).toBe(639)
    expect(unnoticedLabel('2025-03-01T00:00:00Z', now)).toBe('unnoticed for 639 days')
    expect(unnoticedLabel('2026-11-29T06:00:00Z', now)).toBe('unnoticed for 1 day')
    expect(unnoticedLabel('2026-12-24T00:00:00Z', now)).toBe('unnoticed for 0 days')
    expect(unnoticedLabel('not a date', now)).toBe('')
  })

  it('say where an import problem is: a line of text, or an item of a JSON array counted from 1', () => {
    expect(importErrorWhere({ line: 7, field: 'kind', message: 'is required' })).toBe('Line 7')
    expect(importErrorWhere({ index: 0, field: 'name', message: 'is required' })).toBe('Item 1')
    expect(importErrorWhere({ field: 'row', message: '?' })).toBe('')
  })

  it('sum up a snapshot on one line', () => {
    expect(snapshotSummary(aSnapshot())).toBe(
      '2 items · 2 new · 0 still present · 0 gone · 1 candidate · 1 matched',
    )
    expect(
      snapshotSummary(
        aSnapshot({
          items: 1,
          candidates: 0,
          repeated: true,
          errors: [{ index: 1, field: 'name', message: 'x' }],
        }),
      ),
    ).toBe(
      '1 item · 2 new · 0 still present · 0 gone · 0 candidates · 1 matched · 1 error · repeated: nothing changed',
    )
  })
})
