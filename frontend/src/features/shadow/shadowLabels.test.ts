import { describe, expect, it } from 'vitest'
import { lagLabel, lagSeconds, nextStatuses } from './shadowLabels'

const DAY = 86400

describe('shadow labels', () => {
  it('says how long a system went unnoticed, or that it was amnesty', () => {
    expect(lagLabel(330 * DAY, false)).toBe('11 months unnoticed')
    expect(lagLabel(330 * DAY, true)).toBe('11 months · Amnesty (self-reported)')
    expect(lagLabel(null, false)).toBe('Lag unknown')
  })

  it('computes the lag from the dates', () => {
    expect(lagSeconds('2025-01-01T00:00:00Z', '2025-01-03T00:00:00Z')).toBe(2 * DAY)
    expect(lagSeconds('bad', '2025-01-03T00:00:00Z')).toBeNull()
  })

  it('moves status only forward', () => {
    expect(nextStatuses('DISCOVERED')).toEqual(['ACKNOWLEDGED'])
    expect(nextStatuses('ACKNOWLEDGED')).toEqual(['ADOPTED', 'MIGRATED', 'DECOMMISSIONED'])
    expect(nextStatuses('MIGRATED')).toEqual([])
  })
})
