import { describe, expect, it } from 'vitest'
import { DATA_CLASSIFICATIONS, DISCOVERY_METHODS, SHADOW_STATUSES } from '@/api/shadowTypes'
import { parseCsv } from '@/lib/importTemplate'
import { SHADOW_IMPORT_COLUMNS, shadowImportTemplate } from './shadowImport'

describe('shadow-system import template', () => {
  it('has a header of every column and one row with every required cell, valid values only', () => {
    const file = shadowImportTemplate(['web', 'operations'])
    expect(file.fileName).toBe('shadow-systems-template.csv')
    expect(file.type).toBe('text/csv')
    const [header, ...rows] = parseCsv(file.text)
    expect(header).toEqual(SHADOW_IMPORT_COLUMNS.map((c) => c.name))
    expect(rows).toHaveLength(1)
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]!]))
    for (const c of SHADOW_IMPORT_COLUMNS.filter((c) => c.required)) {
      expect(row[c.name], c.name).not.toBe('')
    }
    expect(DATA_CLASSIFICATIONS).toContain(row.dataClassification)
    expect(DISCOVERY_METHODS).toContain(row.discoveryMethod)
    expect(SHADOW_STATUSES).toContain(row.status)
    // Self-reported: the owner discovered it, one of the user's teams.
    expect(row.ownerTeam).toBe('web')
    expect(row.discoveredBy).toBe('web')
    expect(Date.parse(row.discoveredAt!)).toBeGreaterThan(Date.parse(row.firstLiveAt!))
  })

  it('lists the allowed values of every enumerated column from the schema enums', () => {
    const values = (name: string) =>
      SHADOW_IMPORT_COLUMNS.find((c) => c.name === name)!.values!.map((v) => v.value)
    expect(values('dataClassification')).toEqual([...DATA_CLASSIFICATIONS])
    expect(values('discoveryMethod')).toEqual([...DISCOVERY_METHODS])
    expect(values('status')).toEqual([...SHADOW_STATUSES])
  })
})
