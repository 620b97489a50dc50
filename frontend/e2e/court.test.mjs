// Journey: "Your court". The requester's team opens a request to the ops team (through the API);
// the responder signs in, lands on their court (the home page of members), opens the request and
// asks for more information; the requester signs in, lands on their court, sees the badge count 1
// and the request at the top, opens it and provides the information; their court is empty, and
// the request is back in the responder's court.
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
const REQUESTER = { login: 'rita', team: 'web-court', teamName: 'Web Court' }
const RESPONDER = { login: 'oscar', team: 'ops-court', teamName: 'Ops Court' }
const TITLE = 'Read access to the checkout logs'

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

/**
 * The "Your court" link in the main navigation, by its accessible name, which carries the count
 * ("Your court, 1 waiting", "Your court, nothing waiting").
 */
function courtLink(page, name = /^Your court/) {
  return page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', typeof name === 'string' ? { name, exact: true } : { name })
}

/** The court has been read (its Refresh button is enabled again once the reading is done). */
async function courtSettled(page) {
  await page.getByRole('button', { name: 'Refresh', exact: true, disabled: false }).waitFor()
}

function courtItems(page) {
  return page
    .getByRole('list', { name: 'Waiting on your teams, oldest first' })
    .getByRole('listitem')
}

test('the ball lands in the requester’s court and leaves it when they answer', async () => {
  const { page, baseUrl } = ctx

  // Set-up through the API as admin: two teams, one member in each.
  const admin = await apiToken(baseUrl)
  await apiCall(baseUrl, admin, 'POST', '/api/teams', {
    slug: REQUESTER.team,
    name: REQUESTER.teamName,
    kind: 'DEV',
  })
  await apiCall(baseUrl, admin, 'POST', '/api/teams', {
    slug: RESPONDER.team,
    name: RESPONDER.teamName,
    kind: 'OPS',
  })
  for (const user of [REQUESTER, RESPONDER]) {
    await apiCall(baseUrl, admin, 'POST', '/api/users', {
      login: user.login,
      displayName: user.login,
      password: PASSWORD,
      role: 'MEMBER',
      teams: [user.team],
    })
  }

  // The requester opens a request to the responder's team, through the API.
  const requester = await apiToken(baseUrl, REQUESTER.login, PASSWORD)
  const request = await apiCall(baseUrl, requester, 'POST', '/api/requests', {
    title: TITLE,
    kind: 'LOG_ACCESS',
    requesterTeam: REQUESTER.team,
    responderTeam: RESPONDER.team,
  })
  const requestPath = `/requests/${request.id}`

  // The responder signs in, finds the new request in their court, opens it and asks for more
  // information.
  await page.goto(`${baseUrl}/`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, RESPONDER.login, PASSWORD)
  await page.waitForURL((url) => url.pathname === '/court')
  await courtItems(page).first().getByText(RESPONDER.teamName, { exact: true }).waitFor()
  await courtSettled(page)
  await checkA11y(page, 'court (responder, one new request)')
  await courtItems(page)
    .first()
    .getByRole('link', { name: 'Open request', exact: true })
    .click()
  await page.waitForURL((url) => url.pathname === requestPath)
  await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor()
  await checkA11y(page, 'request opened from the court')
  await record(page, 'Needs info')
  await signOut(page)

  // The requester signs in from the home page and lands on their court.
  await page.goto(`${baseUrl}/`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, REQUESTER.login, PASSWORD)
  await page.waitForURL((url) => url.pathname === '/court')
  await page.getByRole('heading', { level: 1, name: 'Your court' }).waitFor()
  await courtLink(page, 'Your court, 1 waiting').waitFor()
  const first = courtItems(page).first()
  // Team names show once the teams are read (the slug until then).
  await first.getByText(REQUESTER.teamName, { exact: true }).waitFor()
  assert.equal(await courtItems(page).count(), 1)
  const firstText = await first.innerText()
  assert.match(firstText, new RegExp(TITLE))
  assert.match(firstText, new RegExp(request.key))
  assert.match(firstText, /Request/)
  assert.match(firstText, /Waiting on requester/)
  assert.match(firstText, new RegExp(REQUESTER.teamName))
  assert.match(firstText, /In your court for /)
  await courtSettled(page)
  await checkA11y(page, 'court (requester, one waiting)')
  await screenshotBoth(page, 'court')

  // They open it from their court and provide the information.
  await first.getByRole('link', { name: 'Open request', exact: true }).click()
  await page.waitForURL((url) => url.pathname === requestPath)
  await record(page, 'Info provided')

  // The badge follows at once (the event moved the ball), and their court is empty.
  await courtLink(page, 'Your court, nothing waiting').waitFor()
  await courtLink(page).click()
  await page.waitForURL((url) => url.pathname === '/court')
  await page.getByText('Nothing waits on your teams.', { exact: true }).waitFor()
  assert.equal(await courtItems(page).count(), 0)
  await courtSettled(page)
  await checkA11y(page, 'court (empty)')

  // The ball is back with the responder's team: the request is in their court.
  await visitAs(page, baseUrl, RESPONDER.login, '/court')
  await courtLink(page, 'Your court, 1 waiting').waitFor()
  const theirs = courtItems(page).first()
  await theirs.getByText(RESPONDER.teamName, { exact: true }).waitFor()
  assert.equal(await courtItems(page).count(), 1)
  assert.match(await theirs.innerText(), new RegExp(TITLE))
  assert.match(await theirs.innerText(), new RegExp(RESPONDER.teamName))
  assert.equal(
    await theirs.getByRole('link', { name: 'Open request', exact: true }).getAttribute('href'),
    requestPath,
  )

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
