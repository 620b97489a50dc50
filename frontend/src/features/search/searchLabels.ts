import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, type SearchHitType } from '@/api/searchTypes'

/** The badge of each kind of hit. */
export const HIT_TYPE_LABELS: Record<SearchHitType, string> = {
  INCIDENT: 'Incident',
  POSTMORTEM: 'Postmortem',
  REQUEST: 'Request',
  SHADOW_SYSTEM: 'Shadow system',
  TEAM: 'Team',
}

/** A group heading on the full results page. */
export const HIT_TYPE_PLURALS: Record<SearchHitType, string> = {
  INCIDENT: 'Incidents',
  POSTMORTEM: 'Postmortems',
  REQUEST: 'Requests',
  SHADOW_SYSTEM: 'Shadow systems',
  TEAM: 'Teams',
}

/** The text the server is asked for: trimmed; null when it would refuse it (too short or long). */
export function searchableText(text: string | null | undefined): string | null {
  const q = (text ?? '').trim()
  return q.length >= SEARCH_MIN_LENGTH && q.length <= SEARCH_MAX_LENGTH ? q : null
}

export interface TextPart {
  text: string
  match: boolean
}

/**
 * `text` cut into parts, those equal to `query` (ignoring case) marked, for a <mark> around each
 * without v-html. Whitespace-separated words of the query are marked each on their own.
 */
export function highlight(text: string, query: string): TextPart[] {
  if (!text) return []
  const words = query
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (words.length === 0) return [{ text, match: false }]
  // One capturing group: split keeps the matches at the odd indexes.
  return text
    .split(new RegExp(`(${words.join('|')})`, 'gi'))
    .map((part, i) => ({ text: part, match: i % 2 === 1 }))
    .filter((part) => part.text.length > 0)
}
