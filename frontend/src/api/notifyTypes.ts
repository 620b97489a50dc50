/**
 * JSON shapes of notifications: names for the schemas generated from the server's OpenAPI
 * document (`schema.d.ts`), as in the other *Types.ts modules.
 */
import { enumValues, type QueryOf, type Schemas, type Sent } from './openapi'

/** What waits on a team: a request with the ball, an action item, a postmortem, a shadow system. */
export type CourtItemType = Schemas['Court.ItemType']
export const COURT_ITEM_TYPES = enumValues<CourtItemType>()([
  'REQUEST',
  'ACTION_ITEM',
  'POSTMORTEM',
  'SHADOW_CANDIDATE',
])

/**
 * One thing waiting on one of the user's teams. `since`: when it landed in the team's court;
 * `targetSeconds`: the time it was given (OLA target, time to the due date, draft allowance), null
 * when none; `state`: a request state, or OVERDUE / DUE_SOON (action item), DRAFT (postmortem).
 */
export type CourtItem = Sent<Schemas['Court.Item']>

/** `GET /api/me/court`: oldest wait first. */
export type Court = Sent<Schemas['Court.Items']>

export type DigestWall = Sent<Schemas['WeeklyDigest.Wall']>
export type DigestWaiting = Sent<Schemas['WeeklyDigest.Waiting']>
export type DigestIncidentShare = Sent<Schemas['WeeklyDigest.IncidentShare']>
export type DigestShadowSystem = Sent<Schemas['WeeklyDigest.NewShadow']>

/** `GET /api/digest/weekly`: the week `from`..`to` (dates); every link is absolute. */
export type WeeklyDigest = Sent<Schemas['WeeklyDigest.Digest']>

export type ChannelKind = Schemas['ChannelKind']
export const CHANNEL_KINDS = enumValues<ChannelKind>()(['SLACK', 'TEAMS', 'WEBHOOK', 'EMAIL'])

/** The event types a channel subscribes to (as webhooks carry them in `type`). */
export type NotificationEvent =
  | 'request.ball_moved'
  | 'request.ola_warning'
  | 'request.ola_breached'
  | 'action_item.overdue'
  | 'postmortem.published'
  | 'postmortem.draft_overdue'
  | 'shadow_system.registered'
  | 'shadow_system.status_changed'
  | 'shadow_candidate.found'
  | 'digest.weekly'
export const NOTIFICATION_EVENTS = enumValues<NotificationEvent>()([
  'request.ball_moved',
  'request.ola_warning',
  'request.ola_breached',
  'action_item.overdue',
  'postmortem.published',
  'postmortem.draft_overdue',
  'shadow_system.registered',
  'shadow_system.status_changed',
  'shadow_candidate.found',
  'digest.weekly',
])
/** What the server subscribes a channel to when `events` is left out: all but the digest. */
export const DEFAULT_EVENTS: readonly NotificationEvent[] = NOTIFICATION_EVENTS.filter(
  (e) => e !== 'digest.weekly',
)

/**
 * A channel as administrators see it. `target`: the e-mail address or URL (Slack and Teams URLs
 * masked to their host); `teams`: slugs, [] = every team; `secret`: only in the answer to
 * creating a WEBHOOK channel (shown once), else null.
 */
/** A channel; `secret` only in the answer to creating a WEBHOOK channel. */
export type ChannelView = Sent<Schemas['ChannelView']>
export type ChannelCreate = Schemas['ChannelCreate']
export type ChannelUpdate = Schemas['ChannelUpdate']

export type NotifyDeliveryStatus = Schemas['DeliveryState']
export const NOTIFY_DELIVERY_STATUSES = enumValues<NotifyDeliveryStatus>()([
  'PENDING',
  'SENT',
  'RETRYING',
  'DEAD',
])

/** One notification to one channel; `deliveryId` is the idempotency id sent with it. */
export type ChannelDelivery = Sent<Schemas['NotificationDeliveryView']>

export interface ChannelDeliveryQuery {
  status?: NotifyDeliveryStatus
  page?: number
  size?: number
}

/** The answer to "send a test message". */
/** The answer to "send a test message". */
export type ChannelTestResult = Sent<Schemas['TestResult']>

/**
 * `GET /api/me/notification-settings`: the signed-in user's e-mail address (null: none, so no
 * e-mail) and which kinds of court item also reach them by e-mail. `emailConfigured`: whether the
 * server has an SMTP server to send with; `version` 0 until the user first saves.
 */
export type EmailSettings = Sent<Schemas['EmailPreferences.View']>
/** `PUT /api/me/notification-settings` with the version read (a stale one is 409). */
export type EmailSettingsUpdate = Schemas['EmailPreferences.Update']

/**
 * One personal e-mail sent (or waiting) to the signed-in user. `type`: the notification's event
 * type (`request.ball_moved`, `postmortem.draft_overdue`, …); `link`: an in-app path.
 */
export type PersonalEmail = Sent<Schemas['EmailPreferences.Sent']>
export type PersonalEmailQuery = QueryOf<'/api/me/notifications'>
