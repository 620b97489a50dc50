import { describe, expect, it } from 'vitest'
import { auditFieldLabel, readableAuditValue, readableChange } from './auditText'

describe('readable audit values', () => {
  it('shows null and empty as an em dash', () => {
    expect(readableAuditValue(null)).toBe('—')
    expect(readableAuditValue(undefined)).toBe('—')
    expect(readableAuditValue('')).toBe('—')
    expect(readableAuditValue('0')).toBe('0')
  })

  it('writes ISO instants, alone or inside a nested record, in the app’s date format', () => {
    // Tests run in UTC (vitest.config.ts).
    expect(readableAuditValue('2026-03-02T09:30:00Z')).toBe('2 Mar 2026, 09:30')
    expect(readableAuditValue('status: ACKNOWLEDGED, at: 2026-01-01T10:00:00.123456789Z')).toBe(
      'status: ACKNOWLEDGED, at: 1 Jan 2026, 10:00',
    )
    expect(readableAuditValue('2026-03-02')).toBe('2026-03-02')
  })

  it('names fields in words', () => {
    expect(auditFieldLabel('dataClassification')).toBe('Data classification')
    expect(auditFieldLabel('targets')).toBe('Targets')
    expect(auditFieldLabel('[2].kind')).toBe('[2].kind')
    expect(
      readableChange({ field: 'closedAt', oldValue: null, newValue: '2026-03-02T09:30:00Z' }),
    ).toEqual({ field: 'Closed at', from: '—', to: '2 Mar 2026, 09:30' })
  })
})
