/**
 * What the import pages send: the catalog's format (from the file's extension, or guessed from
 * pasted text), each inventory's content type and options, and which line a refused file names.
 */
import type { InventoryImportQuery, InventorySource } from '@/api/discoveryTypes'
import { ApiError } from '@/api/http'
import { csvText, type ImportColumn, type TemplateFile } from '@/lib/importTemplate'

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

// --- What each import reads, and a template to start from ---------------------------------------

/**
 * The kinds of Backstage entity the catalog keeps (`CatalogParser.SYSTEM_KINDS`; the server reads
 * `kind` as text, so the document has no enum): other kinds are skipped, not refused.
 */
export const CATALOG_KINDS = ['Component', 'Resource', 'System', 'API'] as const

const LIST = 'several separated by spaces or ;'

/** The catalog CSV's columns (`CatalogParser.csv`: `kind` and `name` required). */
export const CATALOG_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'kind',
    required: true,
    description: 'The entity’s kind; other kinds (Group, User…) are skipped.',
    values: CATALOG_KINDS.map((value) => ({ value })),
  },
  { name: 'namespace', required: false, description: 'The Backstage namespace; default if empty.' },
  {
    name: 'name',
    required: true,
    description: '1–63 letters, digits, dots, dashes or underscores.',
  },
  { name: 'title', required: false, description: 'The name people read.' },
  {
    name: 'owner',
    required: false,
    description: 'The owning team by slug or name, or group:default/<slug>.',
  },
  { name: 'type', required: false, description: 'website, service, infrastructure…' },
  { name: 'links', required: false, description: `URLs whose host names it serves (${LIST}).` },
  {
    name: 'hostnames',
    required: false,
    description: `Host names it serves, *. for subdomains (${LIST}).`,
  },
  { name: 'herokuApps', required: false, description: `Heroku app names (${LIST}).` },
  { name: 'awsAccountIds', required: false, description: `12-digit AWS account ids (${LIST}).` },
]

function ownerOf(teamSlugs: readonly string[]): string {
  return `group:default/${teamSlugs[0] ?? 'operations'}`
}

/** A catalog CSV: the header the server reads and one Component owned by one of the teams. */
export function catalogCsvTemplate(teamSlugs: readonly string[] = []): TemplateFile {
  return {
    fileName: 'catalog-template.csv',
    type: 'text/csv',
    text: csvText(CATALOG_CSV_COLUMNS, [
      [
        'Component',
        'default',
        'storefront',
        'Storefront',
        ownerOf(teamSlugs),
        'website',
        'https://shop.acme.example',
        'shop.acme.example www.shop.acme.example',
        'acme-storefront',
        '',
      ],
    ]),
  }
}

/** A catalog-info.yaml with one Component and the annotations the matcher reads. */
export function catalogYamlTemplate(teamSlugs: readonly string[] = []): TemplateFile {
  const text = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
  title: Storefront
  links:
    - url: https://shop.acme.example
  annotations:
    wallbreaker.io/hostnames: shop.acme.example www.shop.acme.example
    wallbreaker.io/heroku-apps: acme-storefront
    wallbreaker.io/aws-account-ids: "123456789012"
spec:
  type: website
  owner: ${ownerOf(teamSlugs)}
`
  return { fileName: 'catalog-info-template.yaml', type: 'application/yaml', text }
}

const DATE_TIME = 'an instant, e.g. 2025-03-01T10:00:00Z'

/** What each inventory reads (`InventoryParser`): members, columns or record types. */
export const INVENTORY_COLUMNS: Record<InventorySource, readonly ImportColumn[]> = {
  heroku: [
    { name: 'name', required: true, description: 'The app’s name (its identifier).' },
    { name: 'web_url', required: false, description: 'Its address; the host name is matched.' },
    { name: 'created_at', required: false, description: `When it was created: ${DATE_TIME}.` },
    { name: 'team.name', required: false, description: 'The Heroku team: the owner hint.' },
    {
      name: 'owner.email',
      required: false,
      description: 'The owner hint when there is no team.',
    },
  ],
  'aws-organizations': [
    { name: 'Accounts[].Id', required: true, description: 'The 12-digit account id.' },
    { name: 'Accounts[].Name', required: false, description: 'The account’s name.' },
    { name: 'Accounts[].Email', required: false, description: 'The owner hint.' },
    {
      name: 'Accounts[].State',
      required: false,
      description: 'Only active accounts are imported (Status in older output).',
      values: [{ value: 'ACTIVE', label: 'imported; others are left out' }],
    },
    {
      name: 'Accounts[].JoinedTimestamp',
      required: false,
      description: `When it joined the organisation: ${DATE_TIME}.`,
    },
  ],
  dns: [
    {
      name: 'record type',
      required: true,
      description:
        'Each host name with one of these records is an item; other records (SOA, NS, MX, TXT) and wildcards are left out.',
      values: [
        { value: 'A', label: 'IPv4 address' },
        { value: 'AAAA', label: 'IPv6 address' },
        { value: 'CNAME', label: 'alias; its target names the provider' },
      ],
    },
    {
      name: '$ORIGIN',
      required: false,
      description: 'The zone’s domain for relative names; else the Zone origin option.',
    },
  ],
  csv: [
    { name: 'provider', required: true, description: 'Where it runs: Stripe, Heroku, a SaaS…' },
    {
      name: 'identifier',
      required: true,
      description: 'Its id at the provider (390 characters).',
    },
    { name: 'url', required: false, description: 'An http(s) URL or a host name.' },
    {
      name: 'firstSeenAt',
      required: false,
      description: 'A date (2025-03-01) or a date-time.',
    },
    { name: 'owner', required: false, description: 'An owner hint: a team or an e-mail address.' },
    { name: 'evidence', required: false, description: 'Where it was seen, e.g. an invoice.' },
  ],
}

/** One valid example of each inventory, as its tool writes it. */
export function inventoryTemplate(source: InventorySource): TemplateFile {
  switch (source) {
    case 'heroku':
      return {
        fileName: 'heroku-apps-template.json',
        type: 'application/json',
        text:
          JSON.stringify(
            [
              {
                name: 'acme-reports',
                web_url: 'https://acme-reports.herokuapp.com/',
                created_at: '2025-03-01T10:00:00Z',
                team: { name: 'data-team' },
                owner: { email: 'data@acme.example' },
              },
            ],
            null,
            2,
          ) + '\n',
      }
    case 'aws-organizations':
      return {
        fileName: 'aws-accounts-template.json',
        type: 'application/json',
        text:
          JSON.stringify(
            {
              Accounts: [
                {
                  Id: '123456789012',
                  Name: 'data-sandbox',
                  Email: 'aws+sandbox@acme.example',
                  State: 'ACTIVE',
                  JoinedTimestamp: '2025-03-01T10:00:00Z',
                },
              ],
            },
            null,
            2,
          ) + '\n',
      }
    case 'dns':
      return {
        fileName: 'zone-template.txt',
        type: 'text/plain',
        text: `$ORIGIN acme.example.
$TTL 3600
@        IN SOA ns1.acme.example. hostmaster.acme.example. 2025030101 7200 3600 1209600 3600
@        IN NS  ns1.acme.example.
ns1      IN A   192.0.2.1
reports  IN CNAME acme-reports.herokuapp.com.
`,
      }
    case 'csv':
      return {
        fileName: 'inventory-template.csv',
        type: 'text/csv',
        text: csvText(
          ['provider', 'identifier', 'url', 'firstSeenAt', 'owner', 'evidence'],
          [
            [
              'Stripe',
              'acct_1A2B3C',
              'https://dashboard.stripe.com',
              '2025-03-01',
              'finance@acme.example',
              'Card statement, March 2025',
            ],
          ],
        ),
      }
  }
}
