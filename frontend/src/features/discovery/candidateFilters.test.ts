import { describe, expect, it } from 'vitest'
import {
  candidateFiltersFromQuery,
  candidateFiltersToApi,
  candidateFiltersToQuery,
} from './candidateFilters'

describe('candidate filters', () => {
  it('default to the open candidates of every source and team', () => {
    const filters = candidateFiltersFromQuery({})
    expect(filters).toEqual({ status: 'OPEN', source: '', team: '' })
    expect(candidateFiltersToQuery(filters)).toEqual({})
    expect(candidateFiltersToApi(filters)).toEqual({ status: 'OPEN' })
  })

  it('read the status, source and team from the URL and write them back', () => {
    const filters = candidateFiltersFromQuery({ status: 'ignored', source: 'dns', team: 'ops' })
    expect(filters).toEqual({ status: 'IGNORED', source: 'dns', team: 'ops' })
    expect(candidateFiltersToQuery(filters)).toEqual({
      status: 'IGNORED',
      source: 'dns',
      team: 'ops',
    })
    expect(candidateFiltersToApi(filters)).toEqual({
      status: 'IGNORED',
      source: 'dns',
      team: 'ops',
    })
  })

  it('ask for every status with ANY, and drop values they do not know', () => {
    const any = candidateFiltersFromQuery({ status: 'ANY', source: 'gcp' })
    expect(any).toEqual({ status: 'ANY', source: '', team: '' })
    expect(candidateFiltersToQuery(any)).toEqual({ status: 'ANY' })
    expect(candidateFiltersToApi(any)).toEqual({})
    expect(candidateFiltersFromQuery({ status: 'WHATEVER' }).status).toBe('OPEN')
  })
})
