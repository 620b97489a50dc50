import { http } from './http'
import type {
  ChannelCreate,
  ChannelDelivery,
  ChannelDeliveryQuery,
  ChannelTestResult,
  ChannelUpdate,
  ChannelView,
  Court,
  EmailSettings,
  EmailSettingsUpdate,
  PersonalEmail,
  PersonalEmailQuery,
  WeeklyDigest,
} from './notifyTypes'
import type { Page } from './types'

/** What waits on the signed-in user's teams (every signed-in user). */
export const courtApi = {
  get: () => http.get<Court>('/api/me/court'),
}

/** The signed-in user's own e-mail notifications (every signed-in user). */
export const emailSettingsApi = {
  get: () => http.get<EmailSettings>('/api/me/notification-settings'),
  /** A blank e-mail removes the address (no e-mail at all; the items are kept). */
  save: (settings: EmailSettingsUpdate) =>
    http.put<EmailSettings>('/api/me/notification-settings', settings),
  /** The personal e-mails sent (or waiting) to the user, newest first. */
  sent: (query: PersonalEmailQuery = {}) =>
    http.get<Page<PersonalEmail>>('/api/me/notifications', { ...query }),
}

/** The weekly wall digest of the seven days up to today (every signed-in user). */
export const digestApi = {
  weekly: () => http.get<WeeklyDigest>('/api/digest/weekly'),
}

const base = '/api/notification-channels'
const one = (id: number | string) => `${base}/${encodeURIComponent(id)}`

/** Notification channels (ADMIN only). Secrets and Slack/Teams URLs are never sent back. */
export const channelsApi = {
  /** A plain array: there are few channels. */
  list: () => http.get<ChannelView[]>(base),
  get: (id: number | string) => http.get<ChannelView>(one(id)),
  /** A WEBHOOK channel's answer carries its signing secret, this once. */
  create: (channel: ChannelCreate) => http.post<ChannelView>(base, channel),
  update: (id: number | string, channel: ChannelUpdate) => http.put<ChannelView>(one(id), channel),
  remove: (id: number | string) => http.del(one(id)),
  /**
   * A WEBHOOK channel's new signing secret, in the answer's `secret` this once; the old one stops
   * working at once (409 for other kinds).
   */
  rotateSecret: (id: number | string) => http.post<ChannelView>(`${one(id)}/secret`),
  /** Sends a test message now; it lands in the delivery log like any other. */
  test: (id: number | string) => http.post<ChannelTestResult>(`${one(id)}/test`),
  /** Newest first. */
  deliveries: (id: number | string, query: ChannelDeliveryQuery = {}) =>
    http.get<Page<ChannelDelivery>>(`${one(id)}/deliveries`, { ...query }),
  /** Queues a delivery again with a fresh count of attempts. */
  retry: (id: number | string, deliveryId: number) =>
    http.post<ChannelDelivery>(`${one(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`),
}
