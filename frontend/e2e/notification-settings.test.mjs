// Journey: a member's own e-mail notifications. The member opens Notification settings from the
// menu under their name, sees the defaults (no address; requests and action items ticked) and,
// as this server has no SMTP server, the notice that nothing is e-mailed yet; an invalid address
// is refused next to the field; a valid address with only requests ticked is saved and still there
// after a reload. Saving in a second tab over a stale version is refused with a clear message, and
// the page shows what was saved meanwhile.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiCall, apiToken, checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker()

const MEMBER = { login: 'nora', password: 'e2e-member-password-1', team: 'web-mail' }
const LABELS = {
  REQUEST: 'A request’s ball lands with one of my teams, or nears / passes its OLA target',
  ACTION_ITEM: 'An action item of my team becomes overdue',
  POSTMORTEM:
    'A postmortem of my team’s incident is still a draft a set number of days after resolution',
  SHADOW_CANDIDATE: 'A shadow-system candidate is assigned to my team (inventory discovery)',
}

function settingsForm(page) {
  return {
    email: page.getByLabel('E-mail address', { exact: true }),
    box: (type) =>
      page
        .getByRole('group', { name: 'E-mail me when' })
        .getByRole('checkbox', { name: LABELS[type], exact: true }),
    save: page.getByRole('button', { name: 'Save settings', exact: true }),
  }
}

/** Which of the four items are ticked, in the form's order. */
async function ticked(page) {
  const form = settingsForm(page)
  const out = []
  for (const type of Object.keys(LABELS)) if (await form.box(type).isChecked()) out.push(type)
  return out
}

test('a member chooses which court items reach them by e-mail', async () => {
  const { page, baseUrl, context } = ctx

  const admin = await apiToken(baseUrl)
  await apiCall(baseUrl, admin, 'POST', '/api/teams', {
    slug: MEMBER.team,
    name: 'Web Mail',
    kind: 'DEV',
  })
  await apiCall(baseUrl, admin, 'POST', '/api/users', {
    login: MEMBER.login,
    displayName: 'Nora Member',
    password: MEMBER.password,
    role: 'MEMBER',
    teams: [MEMBER.team],
  })

  // The member signs in and lands on their court, which points to the settings too.
  await page.goto(`${baseUrl}/`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, MEMBER.login, MEMBER.password)
  await page.waitForURL((url) => url.pathname === '/court')
  const fromCourt = page.getByRole('main').getByRole('link', { name: 'Notification settings' })
  assert.equal(await fromCourt.getAttribute('href'), '/settings/notifications')
  await page.getByRole('heading', { level: 1, name: 'Your court' }).waitFor()
  await page.getByRole('button', { name: 'Refresh', exact: true, disabled: false }).waitFor()
  await checkA11y(page, 'court (member, nothing waiting)')

  // Opened from the menu under their name in the header.
  await page.getByRole('banner').locator('summary', { hasText: 'Nora Member' }).click()
  await page
    .getByRole('banner')
    .getByRole('link', { name: 'Notification settings', exact: true })
    .click()
  await page.waitForURL((url) => url.pathname === '/settings/notifications')
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor()

  // The defaults, and the notice that this server cannot send e-mail (no SMTP in e2e).
  const form = settingsForm(page)
  await form.email.waitFor()
  assert.equal(await form.email.inputValue(), '')
  assert.equal(await form.email.getAttribute('type'), 'email')
  await page.getByText('No address: no e-mail is sent to you.', { exact: false }).waitFor()
  assert.deepEqual(await ticked(page), ['REQUEST', 'ACTION_ITEM'])
  await page.getByText('This server cannot send e-mail yet.', { exact: true }).waitFor()
  assert.match(
    await page.getByRole('note').innerText(),
    /No SMTP server is configured, so nothing is e-mailed until an administrator configures one/,
  )
  await page.getByText('No e-mails yet.', { exact: false }).waitFor()
  await checkA11y(page, 'notification settings (defaults, no SMTP)')

  // An invalid address: the server's message stands next to the field.
  await form.email.fill('nora-at-example')
  await form.save.click()
  await page.locator('#notify-email-error').waitFor()
  assert.match(await page.locator('#notify-email-error').innerText(), /e-mail address/)
  assert.equal(await form.email.getAttribute('aria-invalid'), 'true')
  assert.match(await form.email.getAttribute('aria-describedby'), /notify-email-error/)
  await checkA11y(page, 'notification settings (field error)')

  // A valid address with only requests ticked.
  await form.email.fill('nora@example.org')
  await form.box('ACTION_ITEM').uncheck()
  await form.save.click()
  await page
    .getByRole('status')
    .filter({ hasText: 'Saved. E-mails go to nora@example.org.' })
    .waitFor()
  assert.equal(await page.locator('#notify-email-error').count(), 0)

  // Still there after a reload.
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor()
  await page.getByText('Leave empty to get no e-mail at all.', { exact: true }).waitFor()
  assert.equal(await form.email.inputValue(), 'nora@example.org')
  assert.deepEqual(await ticked(page), ['REQUEST'])

  await checkA11y(page, 'notification settings (saved)')
  await screenshotBoth(page, 'notification-settings')

  // The same member in a second tab saves first; this tab's save is then stale: it is refused
  // with a clear message and the form shows what the other tab saved.
  const other = await context.newPage()
  try {
    await other.goto(`${baseUrl}/settings/notifications`)
    const otherForm = settingsForm(other)
    await otherForm.email.waitFor()
    await other.getByText('Leave empty to get no e-mail at all.', { exact: true }).waitFor()
    await otherForm.box('POSTMORTEM').check()
    await otherForm.save.click()
    await other.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
  } finally {
    await other.close()
  }
  await form.email.fill('nora.new@example.org')
  await form.save.click()
  await page
    .getByRole('alert')
    .filter({ hasText: 'Your notification settings were saved somewhere else meanwhile' })
    .waitFor()
  await page.waitForFunction(
    () => document.querySelector('#notify-email')?.value === 'nora@example.org',
  )
  assert.deepEqual(await ticked(page), ['REQUEST', 'POSTMORTEM'])
  await checkA11y(page, 'notification settings (saved elsewhere meanwhile)')

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
