/**
 * The shadow-system import's columns (the create body's fields; ShadowRules.FIELDS and REQUIRED on
 * the server) with the values the enumerated ones allow, and a CSV template.
 *
 * Not sent in parts: the server checks a file as a whole (a second row describing the same system
 * as an earlier one is rejected, naming that row), so splitting it would turn such a duplicate
 * into an update instead. The page shows upload progress of the one call instead.
 */
import {
  DATA_CLASSIFICATIONS,
  DISCOVERY_METHODS,
  SHADOW_STATUSES,
  type DataClassification,
  type DiscoveryMethod,
  type ShadowStatus,
} from '@/api/shadowTypes'
import { csvText, valuesOf, type ImportColumn, type TemplateFile } from '@/lib/importTemplate'
import { CLASSIFICATION_LABELS, METHOD_LABELS, STATUS_LABELS } from './shadowLabels'

const INSTANT = 'an instant in UTC, e.g. 2025-01-15T00:00:00Z'

export const SHADOW_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { name: 'name', required: true, description: 'What the system is called (200 characters).' },
  {
    name: 'provider',
    required: true,
    description: 'Where it runs: Heroku, a personal cloud account, a SaaS…',
  },
  {
    name: 'url',
    required: false,
    description: 'Its address; with the provider it identifies the system.',
  },
  { name: 'ownerTeam', required: true, description: 'The slug of the team that owns it.' },
  { name: 'purpose', required: false, description: 'What it does and why it went around.' },
  {
    name: 'dataClassification',
    required: true,
    description: 'The most sensitive data it holds.',
    values: valuesOf<DataClassification>(DATA_CLASSIFICATIONS, CLASSIFICATION_LABELS),
  },
  { name: 'firstLiveAt', required: true, description: `When it first went live: ${INSTANT}.` },
  {
    name: 'evidence',
    required: false,
    description: 'Evidence of first live: first invoice, DNS record…',
  },
  {
    name: 'discoveredAt',
    required: true,
    description: `When it was discovered (not before firstLiveAt): ${INSTANT}.`,
  },
  {
    name: 'discoveredBy',
    required: true,
    description: 'The slug of the team that found it (the owner when self-reported).',
  },
  {
    name: 'discoveryMethod',
    required: true,
    description: 'How it was found.',
    values: valuesOf<DiscoveryMethod>(DISCOVERY_METHODS, METHOD_LABELS),
  },
  {
    name: 'status',
    required: false,
    description: 'Where it stands; DISCOVERED for a new system when left empty.',
    values: valuesOf<ShadowStatus>(SHADOW_STATUSES, STATUS_LABELS),
  },
  {
    name: 'motivatedBy',
    required: false,
    description: 'Ids of the requests that led to it, separated by spaces.',
  },
]

/** A CSV template: every column, and one valid row owned by (and found by) one of the teams. */
export function shadowImportTemplate(teamSlugs: readonly string[] = []): TemplateFile {
  const team = teamSlugs[0] ?? 'operations'
  const example: Record<string, string> = {
    name: 'billing-reports',
    provider: 'Heroku',
    url: 'https://billing-reports.herokuapp.com',
    ownerTeam: team,
    purpose: 'Monthly billing reports, built before the data platform had them.',
    dataClassification: 'CONFIDENTIAL',
    firstLiveAt: '2025-01-15T00:00:00Z',
    evidence: 'First Heroku invoice, January 2025',
    discoveredAt: '2025-06-01T09:00:00Z',
    discoveredBy: team,
    discoveryMethod: 'SELF_REPORTED',
    status: 'DISCOVERED',
    motivatedBy: '',
  }
  const header = SHADOW_IMPORT_COLUMNS.map((c) => c.name)
  return {
    fileName: 'shadow-systems-template.csv',
    type: 'text/csv',
    text: csvText(header, [header.map((h) => example[h] ?? '')]),
  }
}
