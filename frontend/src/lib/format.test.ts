import { describe, expect, it } from 'vitest'
import {
  dayStartUtc,
  formatChange,
  formatDate,
  formatTimestamp,
  formatValue,
  minutesToWait,
  nextDayStartUtc,
} from './format'

describe('formatTimestamp', () => {
  it('shows UTC date and minutes with the zone named', () => {
    expect(formatTimestamp('2026-11-26T14:02:59Z')).toBe('2026-11-26 14:02 UTC')
  })

  it('converts offsets to UTC', () => {
    expect(formatTimestamp('2026-11-26T23:30:00-02:00')).toBe('2026-11-27 01:30 UTC')
  })

  it('shows a dash for missing or invalid values', () => {
    expect(formatTimestamp(null)).toBe('—')
    expect(formatTimestamp('not a date')).toBe('—')
  })
})

describe('formatDate', () => {
  it('pads month and day', () => {
    expect(formatDate('2026-03-02T09:30:00Z')).toBe('2026-03-02')
  })
})

describe('formatChange', () => {
  it('quotes strings and shows the arrow', () => {
    expect(formatChange({ field: 'name', oldValue: 'Ops', newValue: 'Operations' })).toBe(
      "name: 'Ops' → 'Operations'",
    )
  })

  it('shows a dash for a value that did not exist', () => {
    expect(formatChange({ field: 'kind', oldValue: null, newValue: 'OPS' })).toBe("kind: — → 'OPS'")
  })

  it('formats numbers and lists', () => {
    expect(formatValue(3)).toBe('3')
    expect(formatValue(['dev', 'ops'])).toBe("['dev', 'ops']")
  })
})

describe('minutesToWait', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesToWait(900)).toBe(15)
    expect(minutesToWait(61)).toBe(2)
    expect(minutesToWait(5)).toBe(1)
    expect(minutesToWait(0)).toBe(1)
  })
})

describe('day boundaries', () => {
  it('turns a date input into UTC instants', () => {
    expect(dayStartUtc('2026-11-26')).toBe('2026-11-26T00:00:00Z')
    expect(nextDayStartUtc('2026-12-31')).toBe('2027-01-01T00:00:00Z')
  })

  it('rejects anything that is not a date', () => {
    expect(dayStartUtc('')).toBeUndefined()
    expect(nextDayStartUtc('26/11/2026')).toBeUndefined()
  })
})
