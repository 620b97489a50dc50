/**
 * What the import pages send: the catalog's format (from the file's extension, or guessed from
 * pasted text), each inventory's content type and options, and which line a refused file names.
 */
import type { InventoryImportQuery, InventorySource } from '@/api/discoveryTypes'
import { ApiError } from '@/api/http'

export type CatalogFormat = 'yaml' | 'csv'

export const CATALOG_FORMATS: Record<CatalogFormat, { label: string; contentType: string }> = {
  yaml: { label: 'Backstage catalog-info.yaml', contentType: 'application/yaml' },
  csv: { label: 'CSV', contentType: 'text/csv' },
}

/** The CSV header the server reads (`CatalogParser.csv`); lists inside a cell by spaces or `;`. */
export const CATALOG_CSV_COLUMNS = [
  'kind',
  'namespace',
  'name',
  'title',
  'owner',
  'type',
  'links',
  'hostnames',
  'herokuApps',
  'awsAccountIds',
] as const

/** The annotations of a Backstage entity the matcher reads, with what each holds. */
export const CATALOG_ANNOTATIONS = [
  ['wallbreaker.io/hostnames', 'host names it serves (a leading *. covers subdomains)'],
  ['wallbreaker.io/heroku-apps', 'Heroku app names'],
  ['wallbreaker.io/aws-account-ids', '12-digit AWS account ids'],
] as const

/** `.yaml`/`.yml` → YAML, `.csv` → CSV (any case); null for another or no extension. */
export function catalogFormatOfFile(fileName: string): CatalogFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase()
  if (ext === 'yaml' || ext === 'yml') return 'yaml'
  if (ext === 'csv') return 'csv'
  return null
}

/**
 * The format of pasted catalog text, from its first line that is neither blank nor a comment: a
 * YAML document marker or `key:` is YAML, a comma-separated header naming `kind` and `name` is CSV;
 * null when it is neither.
 */
export function sniffCatalogFormat(text: string): CatalogFormat | null {
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#'))
  if (!first) return null
  if (first.startsWith('---') || /^[A-Za-z][\w./-]*\s*:(\s|$)/.test(first)) return 'yaml'
  const cells = first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())
  if (cells.length > 1 && cells.includes('kind') && cells.includes('name')) return 'csv'
  return null
}

export interface InventoryFormat {
  /** What the server is told the body is. */
  contentType: string
  /** The file picker's `accept`. */
  accept: string
  /** JSON is checked in the browser before it is sent. */
  json: boolean
  /** Where the file comes from. */
  hint: string
}

export const INVENTORY_FORMATS: Record<InventorySource, InventoryFormat> = {
  heroku: {
    contentType: 'application/json',
    accept: '.json,application/json',
    json: true,
    hint: 'The output of heroku apps --all --json (every app you can see, team apps included).',
  },
  'aws-organizations': {
    contentType: 'application/json',
    accept: '.json,application/json',
    json: true,
    hint: 'The output of aws organizations list-accounts (from the management account).',
  },
  dns: {
    contentType: 'text/plain',
    accept: '.zone,.db,.txt,text/plain,text/dns',
    json: false,
    hint: 'A zone file (RFC 1035), e.g. from a zone transfer or your DNS provider’s export. $INCLUDE is refused.',
  },
  csv: {
    contentType: 'text/csv',
    accept: '.csv,text/csv',
    json: false,
    hint: 'Columns provider, identifier, url, firstSeenAt, owner, evidence: a billing export, a SaaS admin list…',
  },
}

/**
 * The import's query: `team` for every source; `feed` only for a CSV inventory and `origin` only
 * for a DNS zone (the others ignore them). Blank values are left out.
 */
export function inventoryQuery(
  source: InventorySource,
  options: { team: string; feed: string; origin: string },
): InventoryImportQuery {
  const out: InventoryImportQuery = {}
  const team = options.team.trim()
  const feed = options.feed.trim()
  const origin = options.origin.trim()
  if (team) out.team = team
  if (source === 'csv' && feed) out.feed = feed
  if (source === 'dns' && origin) out.origin = origin
  return out
}

/**
 * The line a 400 for a file that cannot be read names (the problem's `line` member, 1-based), or
 * null for any other error.
 */
export function problemLine(err: unknown): number | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null
  const line = err.problem.line
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null
}
