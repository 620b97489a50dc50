import type { CourtItemType } from '@/api/notifyTypes'
import { eventLabel } from '@/features/notifications/notifyLabels'

/** What each kind of court item e-mails the user about, in their words. */
export const EMAIL_ITEM_LABELS: Record<CourtItemType, string> = {
  REQUEST: 'A request’s ball lands with one of my teams, or nears / passes its OLA target',
  ACTION_ITEM: 'An action item of my team becomes overdue',
  POSTMORTEM:
    'A postmortem of my team’s incident is still a draft a set number of days after resolution',
  SHADOW_CANDIDATE: 'A shadow-system candidate is assigned to my team (inventory discovery)',
}

/** The event types that reach a person by e-mail, as the user would say what happened. */
const PERSONAL_EVENT_LABELS: Record<string, string> = {
  'request.ball_moved': 'The ball moved to your team',
  'request.ola_warning': 'A request nears its OLA target',
  'request.ola_breached': 'A request passed its OLA target',
  'action_item.overdue': 'An action item is overdue',
  'postmortem.draft_overdue': 'A postmortem is still a draft',
  'shadow_candidate.found': 'Shadow-system candidates were found for your team',
}

/** The type of a personal e-mail (an event type) in words; a type not known here as it is. */
export function personalEmailTypeLabel(type: string): string {
  return PERSONAL_EVENT_LABELS[type] ?? eventLabel(type)
}
