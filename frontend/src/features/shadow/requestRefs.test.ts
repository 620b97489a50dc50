import { describe, expect, it } from 'vitest'
import { formatRequestRefs, parseRequestRefs } from './requestRefs'

describe('parseRequestRefs', () => {
  it('accepts ids and REQ- keys separated by commas or spaces, once each', () => {
    expect(parseRequestRefs('12, REQ-14 req-15,12')).toEqual({ ids: [12, 14, 15], invalid: [] })
  })

  it('reports what is neither', () => {
    expect(parseRequestRefs('INC-7, 0, abc')).toEqual({ ids: [], invalid: ['INC-7', '0', 'abc'] })
    expect(parseRequestRefs('  ')).toEqual({ ids: [], invalid: [] })
  })

  it('writes keys back for editing', () => {
    expect(formatRequestRefs([{ id: 12, key: 'REQ-12' }, { id: 3 }])).toBe('REQ-12, 3')
  })
})
