import type { ChannelKind, NotificationEvent, NotifyDeliveryStatus } from '@/api/notifyTypes'

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  SLACK: 'Slack',
  TEAMS: 'Microsoft Teams',
  WEBHOOK: 'Generic webhook',
  EMAIL: 'E-mail',
}

/** What the channel is told about, as an administrator would say it. */
export const EVENT_LABELS: Record<NotificationEvent, string> = {
  'request.ball_moved': 'The ball moves to a team',
  'request.ola_warning': 'A request reaches 80 % of its OLA target',
  'request.ola_breached': 'A request passes its OLA target',
  'action_item.overdue': 'An action item becomes overdue',
  'postmortem.published': 'A postmortem is published',
  'postmortem.draft_overdue': 'A postmortem is still a draft long after the incident was resolved',
  'shadow_system.registered': 'A shadow system holding customer data is registered',
  'shadow_system.status_changed': 'A shadow system holding customer data changes status',
  'shadow_candidate.found': 'An inventory import finds shadow-system candidates to triage',
  'digest.weekly': 'The weekly wall digest (for leadership)',
}

export const NOTIFY_DELIVERY_STATUS_LABELS: Record<NotifyDeliveryStatus, string> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  RETRYING: 'Retrying',
  DEAD: 'Dead',
}

export function channelKindLabel(kind: string): string {
  return CHANNEL_KIND_LABELS[kind as ChannelKind] ?? kind
}

export function eventLabel(type: string): string {
  return EVENT_LABELS[type as NotificationEvent] ?? type
}

export function notifyDeliveryStatusLabel(status: string): string {
  return NOTIFY_DELIVERY_STATUS_LABELS[status as NotifyDeliveryStatus] ?? status
}

/** An EMAIL channel sends to an address; the others post to a URL. */
export function takesAddress(kind: ChannelKind): boolean {
  return kind === 'EMAIL'
}

/** What the URL field asks for, per kind. */
export const URL_HINTS: Record<Exclude<ChannelKind, 'EMAIL'>, string> = {
  SLACK: 'The incoming webhook URL from the Slack app (https://hooks.slack.com/services/…).',
  TEAMS: 'The URL of the Teams workflow “Post to a channel when a webhook request is received”.',
  WEBHOOK: 'Any http(s) endpoint; each delivery is a signed JSON POST.',
}

/** `120 ms`, or an em dash when not measured. */
export function formatLatency(ms: number | null | undefined): string {
  return ms == null || !Number.isFinite(ms) ? '—' : `${Math.round(ms)} ms`
}
