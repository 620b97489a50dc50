import { describe, expect, it } from 'vitest'
import {
  dayStartUtc,
  formatChange,
  formatDate,
  formatDateTime,
  formatMonth,
  formatTimestamp,
  formatValue,
  humanDuration,
  humanDurationOrNone,
  minutesToWait,
  nextDayStartUtc,
  utcIso,
} from './format'

describe('formatDateTime', () => {
  it('shows day, short month, year and 24-hour minutes', () => {
    expect(formatDateTime('2026-11-30T14:05:59Z', { timeZone: 'UTC' })).toBe('30 Nov 2026, 14:05')
    expect(formatDateTime('2026-03-02T09:07:00Z', { timeZone: 'UTC' })).toBe('2 Mar 2026, 09:07')
    expect(formatDateTime('2026-09-02T00:00:00Z', { timeZone: 'UTC' })).toBe('2 Sep 2026, 00:00')
  })

  it("shows the viewer's time zone, across a day boundary too", () => {
    const at = '2026-11-30T23:30:00Z'
    expect(formatDateTime(at, { timeZone: 'Europe/Berlin' })).toBe('1 Dec 2026, 00:30')
    expect(formatDateTime(at, { timeZone: 'America/New_York' })).toBe('30 Nov 2026, 18:30')
    expect(formatDateTime('2026-11-26T23:30:00-02:00', { timeZone: 'UTC' })).toBe(
      '27 Nov 2026, 01:30',
    )
  })

  it('uses the runtime zone when none is given (UTC in these tests)', () => {
    expect(formatDateTime(new Date(Date.UTC(2026, 10, 30, 14, 5)))).toBe('30 Nov 2026, 14:05')
    expect(formatTimestamp('2026-11-30T14:05:00Z')).toBe('30 Nov 2026, 14:05')
  })

  it('shows a dash for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('—')
    expect(formatDateTime('')).toBe('—')
    expect(formatDateTime('not a date')).toBe('—')
  })
})

describe('formatDate', () => {
  it('shows a calendar date as it is, whatever the zone', () => {
    expect(formatDate('2026-03-02')).toBe('2 Mar 2026')
    expect(formatDate('2026-12-31', { timeZone: 'America/Los_Angeles' })).toBe('31 Dec 2026')
    expect(formatDate('2026-13-01')).toBe('—')
  })

  it("shows an instant's date in the viewer's zone", () => {
    expect(formatDate('2026-03-02T09:30:00Z', { timeZone: 'UTC' })).toBe('2 Mar 2026')
    expect(formatDate('2026-03-02T23:30:00Z', { timeZone: 'Asia/Tokyo' })).toBe('3 Mar 2026')
    expect(formatDate(undefined)).toBe('—')
  })
})

describe('formatMonth and utcIso', () => {
  it('names a month bucket by its UTC start', () => {
    expect(formatMonth('2026-11-01T00:00:00Z')).toBe('Nov 2026')
    expect(formatMonth('nope')).toBe('—')
  })

  it('gives the UTC instant to the second for datetime and tooltips', () => {
    expect(utcIso('2026-11-30T15:05:09.123+01:00')).toBe('2026-11-30T14:05:09Z')
    expect(utcIso('2026-11-30')).toBe('2026-11-30')
    expect(utcIso(null)).toBe('')
    expect(utcIso('not a date')).toBe('')
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

describe('humanDurationOrNone', () => {
  it('says none for zero, as the dashboard tiles do', () => {
    expect(humanDurationOrNone(0)).toBe('none')
    expect(humanDurationOrNone(0.4)).toBe('none')
    expect(humanDurationOrNone(3600)).toBe('1 hour')
    expect(humanDurationOrNone(null)).toBe('—')
  })
})
