// Journey: two teams play ticket ping-pong. The requester opens a request through the UI, the
// responder asks for more information twice, the requester answers twice; the request then
// carries the "Ping-pong" badge and its court timeline shows every hand-off.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  apiCall,
  apiToken,
  checkA11y,
  screenshotBoth,
  signIn,
  signOut,
  useWallbreaker,
} from './support.mjs'

const ctx = useWallbreaker()

const PASSWORD = 'e2e-member-password-1'
const REQUESTER = { login: 'rita', team: 'web-e2e', teamName: 'Web E2E' }
const RESPONDER = { login: 'oscar', team: 'ops-e2e', teamName: 'Ops E2E' }

/** Goes to `path` as `login`: signs out whoever is signed in, then signs in via the redirect. */
async function visitAs(page, baseUrl, login, path) {
  if (new URL(page.url()).pathname !== '/login') await signOut(page)
  await page.goto(`${baseUrl}${path}`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, login, PASSWORD)
  await page.waitForURL((url) => url.pathname === path)
}

/** Clicks one event button on the request page and waits for the server to record it. */
async function record(page, action) {
  await page
    .getByRole('group', { name: 'Events you can record' })
    .getByRole('button', { name: action, exact: true })
    .click()
  await page
    .getByRole('status')
    .filter({ hasText: `Recorded: ${action}.` })
    .waitFor()
}

test('ticket ping-pong between two teams shows up as such', async () => {
  const { page, baseUrl } = ctx

  // Set-up through the API as admin: two teams, one member in each.
  const token = await apiToken(baseUrl)
  await apiCall(baseUrl, token, 'POST', '/api/teams', {
    slug: REQUESTER.team,
    name: REQUESTER.teamName,
    kind: 'DEV',
  })
  await apiCall(baseUrl, token, 'POST', '/api/teams', {
    slug: RESPONDER.team,
    name: RESPONDER.teamName,
    kind: 'OPS',
  })
  for (const user of [REQUESTER, RESPONDER]) {
    await apiCall(baseUrl, token, 'POST', '/api/users', {
      login: user.login,
      displayName: user.login,
      password: PASSWORD,
      role: 'MEMBER',
      teams: [user.team],
    })
  }

  // The requester opens a request through the form.
  await page.goto(`${baseUrl}/requests/new`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, REQUESTER.login, PASSWORD)
  await page.waitForURL((url) => url.pathname === '/requests/new')
  await page.getByLabel('Responder team').locator('option', { hasText: RESPONDER.teamName }).waitFor({
    state: 'attached',
  })
  await checkA11y(page, 'new request form')
  await page.getByLabel('Title').fill('Production logs for the order-corruption race')
  await page.getByLabel('Kind').selectOption('LOG_ACCESS')
  await page.getByLabel('Requester team').selectOption(REQUESTER.team)
  await page.getByLabel('Responder team').selectOption(RESPONDER.team)
  await page.getByRole('button', { name: 'Open request' }).click()
  await page.waitForURL((url) => /^\/requests\/\d+$/.test(url.pathname))
  const requestPath = new URL(page.url()).pathname
  await page.getByRole('heading', { level: 1, name: /Production logs/ }).waitFor()
  await page.getByRole('group', { name: 'Events you can record' }).waitFor()
  await checkA11y(page, 'request (just opened)')

  // Back and forth: needs info, info provided, needs info, info provided.
  await visitAs(page, baseUrl, RESPONDER.login, requestPath)
  await record(page, 'Needs info')
  await checkA11y(page, 'request after an event (status message shown)')
  await visitAs(page, baseUrl, REQUESTER.login, requestPath)
  await record(page, 'Info provided')
  await visitAs(page, baseUrl, RESPONDER.login, requestPath)
  await record(page, 'Needs info')
  await visitAs(page, baseUrl, REQUESTER.login, requestPath)
  await record(page, 'Info provided')

  // The page says ping-pong in words and the court timeline shows each hand-off. "Recorded" shows
  // before the page has reloaded the request, so wait for the fifth event (opened + four) first.
  const eventItems = page.locator('section[aria-labelledby="events-heading"] li')
  await eventItems.nth(4).waitFor()
  await page.locator('.badge', { hasText: 'Ping-pong' }).waitFor()
  const segments = page.getByRole('list', { name: 'Court timeline' }).getByRole('listitem')
  assert.ok((await segments.count()) >= 4, `court segments: ${await segments.count()}`)
  const eventsText = await page.locator('section[aria-labelledby="events-heading"]').innerText()
  assert.equal(eventsText.match(/Needs info by/g)?.length, 2)
  assert.equal(eventsText.match(/Info provided by/g)?.length, 2)
  await checkA11y(page, 'request with ping-pong')

  // So does its card on the board.
  await page.goto(`${baseUrl}/requests?pingPong=true`)
  const card = page.locator('article', { hasText: 'Production logs for the order-corruption race' })
  await card.waitFor()
  assert.match(await card.innerText(), /Ping-pong/)
  assert.match(await card.innerText(), new RegExp(`${REQUESTER.teamName} → ${RESPONDER.teamName}`))
  await checkA11y(page, 'requests board (ping-pong filter)')

  await page.goto(`${baseUrl}${requestPath}`)
  await page.getByRole('list', { name: 'Court timeline' }).waitFor()
  await screenshotBoth(page, 'request-ping-pong')
  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
