import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { INVENTORY_SOURCES } from '@/api/discoveryTypes'
import { parseCsv } from '@/lib/importTemplate'
import {
  CATALOG_CSV_COLUMNS,
  CATALOG_IMPORT_COLUMNS,
  CATALOG_KINDS,
  catalogCsvTemplate,
  catalogFormatOfFile,
  catalogYamlTemplate,
  INVENTORY_COLUMNS,
  INVENTORY_FORMATS,
  inventoryQuery,
  inventoryTemplate,
  problemLine,
  sniffCatalogFormat,
} from './discoveryImport'

describe('catalog format', () => {
  it('comes from the file extension, in any case', () => {
    expect(catalogFormatOfFile('catalog-info.yaml')).toBe('yaml')
    expect(catalogFormatOfFile('catalog-info.YML')).toBe('yaml')
    expect(catalogFormatOfFile('services.csv')).toBe('csv')
    expect(catalogFormatOfFile('services.CSV ')).toBe('csv')
    expect(catalogFormatOfFile('services.json')).toBeNull()
    expect(catalogFormatOfFile('catalog')).toBeNull()
    expect(catalogFormatOfFile('yaml')).toBeNull()
  })

  it('is guessed from pasted text: YAML documents and keys, or a CSV header with kind and name', () => {
    expect(
      sniffCatalogFormat('# Our services\n\napiVersion: backstage.io/v1alpha1\nkind: Component'),
    ).toBe('yaml')
    expect(sniffCatalogFormat('---\napiVersion: backstage.io/v1alpha1')).toBe('yaml')
    expect(sniffCatalogFormat('kind,namespace,name,title\nComponent,default,shop,Shop')).toBe('csv')
    expect(sniffCatalogFormat('"Kind", "Name", "owner"\n')).toBe('csv')
    expect(sniffCatalogFormat('provider,identifier,url')).toBeNull()
    expect(sniffCatalogFormat('just some words')).toBeNull()
    expect(sniffCatalogFormat('  \n# only a comment\n')).toBeNull()
  })
})

describe('inventory import query', () => {
  const all = { team: ' operations ', feed: 'billing', origin: 'acme.example.' }

  it('sends the triaging team for every source, the feed only for CSV and the origin only for DNS', () => {
    expect(inventoryQuery('heroku', all)).toEqual({ team: 'operations' })
    expect(inventoryQuery('aws-organizations', all)).toEqual({ team: 'operations' })
    expect(inventoryQuery('csv', all)).toEqual({ team: 'operations', feed: 'billing' })
    expect(inventoryQuery('dns', all)).toEqual({ team: 'operations', origin: 'acme.example.' })
  })

  it('leaves blank options out', () => {
    expect(inventoryQuery('csv', { team: '', feed: '  ', origin: '' })).toEqual({})
  })
})

describe('problemLine', () => {
  it('is the line a 400 for an unreadable file names', () => {
    const err = new ApiError(400, {
      title: 'Malformed import file',
      detail: 'Line 7: mapping values are not allowed here',
      line: 7,
    })
    expect(problemLine(err)).toBe(7)
  })

  it('is null for other errors', () => {
    expect(problemLine(new ApiError(400, { detail: 'Invalid', errors: [] }))).toBeNull()
    expect(problemLine(new ApiError(409, { line: 3 }))).toBeNull()
    expect(problemLine(new ApiError(400, { line: '3' }))).toBeNull()
    expect(problemLine(new Error('x'))).toBeNull()
  })
})

describe('discovery import templates', () => {
  it('catalog CSV: the header the server reads and one Component owned by a team of the user', () => {
    const file = catalogCsvTemplate(['web'])
    const [header, row] = parseCsv(file.text)
    expect(header).toEqual([...CATALOG_CSV_COLUMNS])
    expect(CATALOG_IMPORT_COLUMNS.map((c) => c.name)).toEqual([...CATALOG_CSV_COLUMNS])
    const cells = Object.fromEntries(header!.map((h, i) => [h, row![i]]))
    expect(CATALOG_KINDS).toContain(cells.kind)
    expect(cells.name).toMatch(/^[A-Za-z0-9._-]{1,63}$/)
    expect(cells.owner).toBe('group:default/web')
    expect(sniffCatalogFormat(file.text)).toBe('csv')
    expect(catalogFormatOfFile(file.fileName)).toBe('csv')
  })

  it('catalog YAML reads as YAML, with the owner and the matcher’s annotations', () => {
    const file = catalogYamlTemplate(['web'])
    expect(sniffCatalogFormat(file.text)).toBe('yaml')
    expect(catalogFormatOfFile(file.fileName)).toBe('yaml')
    expect(file.text).toContain('owner: group:default/web')
    expect(file.text).toContain('wallbreaker.io/heroku-apps: acme-storefront')
  })

  it('each inventory: an example in its tool’s format naming every required member', () => {
    for (const source of INVENTORY_SOURCES) {
      const file = inventoryTemplate(source)
      expect(file.type, source).toBe(INVENTORY_FORMATS[source].contentType)
      if (INVENTORY_FORMATS[source].json) expect(() => JSON.parse(file.text)).not.toThrow()
      expect(
        INVENTORY_COLUMNS[source].some((c) => c.required),
        source,
      ).toBe(true)
    }
    expect(JSON.parse(inventoryTemplate('heroku').text)[0].name).toBe('acme-reports')
    expect(JSON.parse(inventoryTemplate('aws-organizations').text).Accounts[0].Id).toMatch(
      /^\d{12}$/,
    )
    const [header, row] = parseCsv(inventoryTemplate('csv').text)
    expect(header).toEqual(INVENTORY_COLUMNS.csv.map((c) => c.name))
    expect(row![0]).not.toBe('')
    expect(row![1]).not.toBe('')
    expect(inventoryTemplate('dns').text).toContain('IN CNAME')
  })
})
