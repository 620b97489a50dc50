/**
 * The request-history import page's rules: what the JSON holds (columns, allowed values, a
 * template), how the list is split into parts and how the parts' reports are merged.
 *
 * Why parts are safe here: the server's import (backend RequestImport) checks and stores each
 * item in its own transaction, so a rejected item never affects another, and it is idempotent by
 * `externalRef` (an item whose reference is stored, also by an earlier part, is UNCHANGED). Items
 * are therefore independent of the call they arrive in: 500 items a call give the same result as
 * one call with all, and sending everything again after a failed part creates nothing twice. The
 * server also refuses more than 10,000 items a call (413), which parts stay well under.
 */
import type { RequestImportItem, RequestImportReport } from '@/api/requestImportTypes'
import {
  REQUEST_EVENT_TYPES,
  REQUEST_KINDS,
  type RequestEventType,
  type RequestKind,
} from '@/api/requestTypes'
import { parseJsonText } from '@/lib/json'
import { valuesOf, type ImportColumn, type TemplateFile } from '@/lib/importTemplate'
import { EVENT_LABELS, KIND_LABELS } from './requestLabels'

/** Items per call: a few seconds of server work each, so progress moves steadily. */
export const REQUEST_IMPORT_PART = 500

/** OPENED is implicit (the request's `openedAt`); an import's events are the ones after it. */
const IMPORT_EVENT_TYPES = REQUEST_EVENT_TYPES.filter((t) => t !== 'OPENED')

export const REQUEST_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { name: 'title', required: true, description: 'What is asked for (at most 300 characters).' },
  {
    name: 'kind',
    required: true,
    description: 'What kind of request it is.',
    values: valuesOf<RequestKind>(REQUEST_KINDS, KIND_LABELS),
  },
  { name: 'requesterTeam', required: true, description: 'The slug of the team that asked.' },
  {
    name: 'responderTeam',
    required: true,
    description: 'The slug of the team asked (not the requester).',
  },
  {
    name: 'externalRef',
    required: true,
    description:
      'The ticket’s reference in the system it comes from (e.g. OPS-1234); importing it again changes nothing.',
  },
  {
    name: 'openedAt',
    required: false,
    description: 'When it was opened, an instant in UTC (2026-01-12T09:00:00Z); now if left out.',
  },
  { name: 'description', required: false, description: 'Details, in Markdown.' },
  { name: 'incidentId', required: false, description: 'The id of the incident it belongs to.' },
  {
    name: 'events',
    required: false,
    description:
      'What happened after it was opened, oldest first: objects with type, at (required, UTC), team (required: the team that acted), toTeam (for REASSIGNED) and note.',
  },
  {
    name: 'events[].type',
    required: true,
    description: 'What the team did (within events).',
    values: valuesOf<RequestEventType>(IMPORT_EVENT_TYPES, EVENT_LABELS),
  },
]

/** Two teams for the example: the first two the user can see, else two plausible slugs. */
function exampleTeams(slugs: readonly string[]): [string, string] {
  return [slugs[0] ?? 'product-dev', slugs[1] ?? 'operations']
}

/** A JSON template: one request that asked, was started and fulfilled by the responder. */
export function requestImportTemplate(teamSlugs: readonly string[] = []): TemplateFile {
  const [requester, responder] = exampleTeams(teamSlugs)
  const items: RequestImportItem[] = [
    {
      title: 'Read access to the payment service logs',
      kind: 'LOG_ACCESS',
      description: 'Needed to investigate failed card payments.',
      requesterTeam: requester,
      responderTeam: responder,
      openedAt: '2026-01-12T09:00:00Z',
      externalRef: 'OPS-1234',
      events: [
        { type: 'STARTED', at: '2026-01-12T13:30:00Z', team: responder },
        {
          type: 'FULFILLED',
          at: '2026-01-13T16:00:00Z',
          team: responder,
          note: 'Read access granted for 30 days.',
        },
      ],
    },
  ]
  return {
    fileName: 'request-history-template.json',
    type: 'application/json',
    text: JSON.stringify(items, null, 2) + '\n',
  }
}

export type ParsedItems = { ok: true; items: RequestImportItem[] } | { ok: false; error: string }

/** The pasted or chosen text as the list of items, or what is wrong with it. */
export function parseRequestItems(text: string): ParsedItems {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  if (!Array.isArray(parsed.value)) {
    return { ok: false, error: 'Expected a JSON array of requests: [ { … }, { … } ].' }
  }
  if (parsed.value.length === 0) return { ok: false, error: 'The array holds no requests.' }
  return { ok: true, items: parsed.value as RequestImportItem[] }
}

/** The parts' reports as one: counts added, each result's `index` counted from the whole list. */
export function mergeRequestReports(
  total: RequestImportReport | null,
  part: RequestImportReport,
  offset: number,
): RequestImportReport {
  const results = part.results.map((r) => ({ ...r, index: r.index + offset }))
  if (!total) return { ...part, results }
  return {
    created: total.created + part.created,
    unchanged: total.unchanged + part.unchanged,
    rejected: total.rejected + part.rejected,
    results: [...total.results, ...results],
  }
}
