// Journey: a signed-out visitor opens /teams, signs in as admin, adds a team, meets a field
// error for a bad slug, and reopens the team by deep link.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker()

test('an admin adds a team and finds it again by deep link', async () => {
  const { page, baseUrl } = ctx

  await page.goto(`${baseUrl}/teams`)
  await page.waitForURL(
    (url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/teams',
  )
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  await checkA11y(page, 'login (redirected from /teams)')

  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/teams')
  await page.getByRole('heading', { name: 'Teams', level: 1 }).waitFor()
  await checkA11y(page, 'teams (empty)')

  // Add a team.
  await page.getByLabel('Slug').fill('platform-sre')
  await page.getByLabel('Name', { exact: true }).fill('Platform SRE')
  await page.getByLabel('Kind').selectOption('OPS')
  await page.getByRole('button', { name: 'Add team' }).click()

  const row = page.getByRole('row').filter({ hasText: 'platform-sre' })
  await row.waitFor()
  assert.deepEqual(await row.getByRole('cell').allInnerTexts(), [
    'platform-sre',
    'Platform SRE',
    'Operations',
  ])
  await checkA11y(page, 'teams (one team)')

  // A bad slug is rejected with a message next to the slug field.
  await page.getByLabel('Slug').fill('Bad Slug!')
  await page.getByLabel('Name', { exact: true }).fill('Bad team')
  await page.getByLabel('Kind').selectOption('DEV')
  await page.getByRole('button', { name: 'Add team' }).click()
  const slugError = page.locator('#team-slug-error')
  await slugError.waitFor()
  assert.notEqual((await slugError.innerText()).trim(), '')
  assert.equal(await page.getByLabel('Slug').getAttribute('aria-invalid'), 'true')
  assert.equal(await page.getByRole('row').filter({ hasText: 'Bad Slug!' }).count(), 0)
  await checkA11y(page, 'teams (field error)')

  // A deep link survives a full page load (the server serves the app for client routes).
  await page.goto(`${baseUrl}/teams/platform-sre`)
  await page.getByRole('heading', { name: 'Platform SRE', level: 1 }).waitFor()
  assert.equal(new URL(page.url()).pathname, '/teams/platform-sre')

  await checkA11y(page, 'team page')
  await screenshotBoth(page, 'team')
  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
