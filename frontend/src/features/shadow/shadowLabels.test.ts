import { describe, expect, it } from 'vitest'
import { lagLabel } from './shadowLabels'

const DAY = 86400

describe('shadow labels', () => {
  it('says how long a system went unnoticed, or that it was amnesty', () => {
    expect(lagLabel(330 * DAY, false)).toBe('11 months unnoticed')
    expect(lagLabel(330 * DAY, true)).toBe('11 months · Amnesty (self-reported)')
  })
})
