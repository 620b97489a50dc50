import { describe, expect, it } from 'vitest'
import {
  dayStartUtc,
  formatChange,
  formatDate,
  formatTimestamp,
  formatValue,
  humanDuration,
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

describe('humanDuration', () => {
  const DAY = 86400
  it('shows the largest unit and the next one', () => {
    expect(humanDuration(22 * DAY)).toBe('3 weeks 1 day')
    expect(humanDuration(330 * DAY)).toBe('11 months')
    expect(humanDuration(335 * DAY)).toBe('11 months 5 days')
    expect(humanDuration(400 * DAY)).toBe('1 year 1 month')
    expect(humanDuration(2 * 3600 + 5 * 60 + 7)).toBe('2 hours 5 minutes')
    expect(humanDuration(DAY + 3600)).toBe('1 day 1 hour')
    expect(humanDuration(90)).toBe('1 minute 30 seconds')
    expect(humanDuration(14 * DAY)).toBe('2 weeks')
  })

  it('handles zero, null and odd input', () => {
    expect(humanDuration(0)).toBe('0 seconds')
    expect(humanDuration(1)).toBe('1 second')
    expect(humanDuration(null)).toBe('—')
    expect(humanDuration(Number.NaN)).toBe('—')
    expect(humanDuration(-3600)).toBe('-1 hour')
  })
})
