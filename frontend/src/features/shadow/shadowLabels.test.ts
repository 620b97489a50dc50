import { describe, expect, it } from 'vitest'
import { lagLabel, methodLabel } from './shadowLabels'

const DAY = 86400

describe('shadow labels', () => {
  it('says how long a system went unnoticed, or that it was amnesty', () => {
    expect(lagLabel(330 * DAY, false)).toBe('11 months unnoticed')
    expect(lagLabel(330 * DAY, true)).toBe('11 months · Amnesty (self-reported)')
  })

  it('names every discovery method, including systems found in a provider inventory', () => {
    expect(methodLabel('INVENTORY')).toBe('Provider inventory')
    expect(methodLabel('DNS_SCAN')).toBe('DNS scan')
    expect(methodLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
  })
})
