import { describe, expect, it } from 'vitest'
import type { RequestImportReport } from '@/api/requestImportTypes'
import { REQUEST_EVENT_TYPES, REQUEST_KINDS } from '@/api/requestTypes'
import {
  mergeRequestReports,
  parseRequestItems,
  REQUEST_IMPORT_COLUMNS,
  requestImportTemplate,
} from './requestImport'

describe('request import template', () => {
  it('is a JSON array with one request holding every required member and valid values', () => {
    const file = requestImportTemplate(['web', 'platform'])
    expect(file.fileName).toBe('request-history-template.json')
    const parsed = parseRequestItems(file.text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.items).toHaveLength(1)
    const item = parsed.items[0]! as Record<string, unknown>
    for (const c of REQUEST_IMPORT_COLUMNS.filter((c) => c.required && !c.name.includes('.'))) {
      expect(item[c.name], c.name).toBeTruthy()
    }
    expect(REQUEST_KINDS).toContain(item.kind)
    expect(item.requesterTeam).toBe('web')
    expect(item.responderTeam).toBe('platform')
    for (const e of parsed.items[0]!.events!) {
      expect(REQUEST_EVENT_TYPES).toContain(e.type)
      expect(e.at).toBeTruthy()
      expect(e.team).toBe('platform')
    }
  })

  it('lists every kind and every event type but the implicit OPENED', () => {
    const values = (name: string) =>
      REQUEST_IMPORT_COLUMNS.find((c) => c.name === name)!.values!.map((v) => v.value)
    expect(values('kind')).toEqual([...REQUEST_KINDS])
    expect(values('events[].type')).toEqual(REQUEST_EVENT_TYPES.filter((t) => t !== 'OPENED'))
  })
})

describe('request import text', () => {
  it('must be a non-empty JSON array', () => {
    expect(parseRequestItems('{"a":1}')).toEqual({
      ok: false,
      error: 'Expected a JSON array of requests: [ { … }, { … } ].',
    })
    expect(parseRequestItems('[]')).toEqual({ ok: false, error: 'The array holds no requests.' })
    expect(parseRequestItems('[').ok).toBe(false)
  })
})

describe('merging the reports of the parts', () => {
  const part = (created: number, results: RequestImportReport['results']): RequestImportReport => ({
    created,
    unchanged: 1,
    rejected: results.filter((r) => r.status === 'REJECTED').length,
    results,
  })
  const item = (index: number, status: string) => ({
    index,
    externalRef: `T-${index}`,
    status,
    id: null,
    key: null,
    errors: [],
  })

  it('adds the counts and counts each index from the whole list', () => {
    const first = mergeRequestReports(null, part(1, [item(0, 'CREATED'), item(1, 'REJECTED')]), 0)
    const merged = mergeRequestReports(
      first,
      part(2, [item(0, 'REJECTED'), item(1, 'CREATED')]),
      500,
    )
    expect(merged.created).toBe(3)
    expect(merged.unchanged).toBe(2)
    expect(merged.rejected).toBe(2)
    expect(merged.results.map((r) => [r.index, r.status])).toEqual([
      [0, 'CREATED'],
      [1, 'REJECTED'],
      [500, 'REJECTED'],
      [501, 'CREATED'],
    ])
  })
})
