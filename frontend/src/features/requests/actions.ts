import type { AllowedEvent, RequestEventType } from '@/api/requestTypes'
import { actionLabel, eventLabel } from './requestLabels'

export interface ActionButton {
  type: RequestEventType
  team: string
  label: string
  mine: boolean
}

/**
 * The event buttons to show. By default only those the signed-in user's teams may record;
 * `showOthers` adds the rest (for someone reconstructing history for another team). When one
 * type appears for several teams, or other teams' actions are shown, the label names the team.
 */
export function visibleActions(
  allowed: readonly AllowedEvent[],
  myTeams: readonly string[],
  showOthers: boolean,
  teamName: (slug: string) => string = (s) => s,
): ActionButton[] {
  const shown = allowed
    .map((a) => ({ ...a, mine: myTeams.includes(a.team) }))
    .filter((a) => showOthers || a.mine)
  return shown.map((a) => {
    const ambiguous = showOthers || shown.filter((b) => b.type === a.type).length > 1
    const base = actionLabel(a.type)
    return { ...a, label: ambiguous ? `${base} (as ${teamName(a.team)})` : base }
  })
}

/**
 * The `allowed` member of a 409 problem in words. The contract says the problem "lists allowed";
 * both `[{type, team}]` and `["NEEDS_INFO", …]` are understood.
 */
export function describeAllowed(
  allowed: unknown,
  teamName: (slug: string) => string = (s) => s,
): string[] | null {
  if (!Array.isArray(allowed)) return null
  return allowed.map((entry) => {
    if (typeof entry === 'string') return eventLabel(entry)
    if (entry && typeof entry === 'object' && 'type' in entry) {
      const { type, team } = entry as { type: unknown; team?: unknown }
      const label = eventLabel(String(type))
      return typeof team === 'string' ? `${label} by ${teamName(team)}` : label
    }
    return String(entry)
  })
}
