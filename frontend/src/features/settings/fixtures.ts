import type { EmailSettings, PersonalEmail } from '@/api/notifyTypes'

/** A user who never saved: no address, the server's default items. */
export function anEmailSettings(overrides: Partial<EmailSettings> = {}): EmailSettings {
  return {
    email: null,
    items: ['REQUEST', 'ACTION_ITEM'],
    emailConfigured: true,
    version: 0,
    ...overrides,
  }
}

/** An e-mail about a request whose ball moved to the user's team, sent on the first try. */
export function aPersonalEmail(overrides: Partial<PersonalEmail> = {}): PersonalEmail {
  return {
    id: 7,
    type: 'request.ball_moved',
    title: 'REQ-12 Production logs for the cache race',
    link: '/requests/12',
    status: 'SENT',
    attempts: 1,
    lastError: null,
    createdAt: '2026-03-03T08:00:00Z',
    sentAt: '2026-03-03T08:00:02Z',
    ...overrides,
  }
}
