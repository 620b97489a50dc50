// Persona journey: lee, a leadership viewer, on the demo data. At 1366×768 the dashboard tells its
// story in three sentences without scrolling, each leading to its evidence; a reversed window is
// refused once and clearly, without asking the server; the global search (`/`) opens an
// incident; at 390×844 the Menu button opens the navigation and nothing overflows sideways; the
// dark theme passes the accessibility gate too.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gatheredA11y, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker({ demo: true })

const { failures: a11yFailures, checkPage, screenshotPage } = gatheredA11y()

const DEMO_PASSWORD = 'wallbreaker-demo'
const WALL = /^Product Dev waits on Operations: p50 \d+(\.\d+)? days, \d+(\.\d+)? % ping-pong, wall index \d+$/
const INCIDENT = /^INC-\d+ spent 21 of 23 days waiting on REQ-\d+ \(log access\)$/
const SHADOW = /^New customer app on Heroku: 11 months before Operations knew$/

/** Asserts the element's box lies wholly inside the viewport (no scrolling needed to read it). */
async function assertInViewport(page, locator, what) {
  const box = await locator.boundingBox()
  const { width, height } = page.viewportSize()
  assert.ok(box, `${what}: not laid out`)
  assert.ok(
    box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
    `${what} is not within the ${width}×${height} viewport without scrolling: ${JSON.stringify(box)}`,
  )
}

async function assertNoHorizontalOverflow(page, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(scrollWidth <= 390, `${what}: the page is ${scrollWidth} px wide at 390 px`)
}

test('leadership reads the dashboard headlines and follows them to the evidence', async () => {
  const { page, baseUrl } = ctx
  // A loaded machine (builds running beside the journeys): waits get 45 s, not the default 15 s.
  page.setDefaultTimeout(45_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${baseUrl}/`)
  await page.waitForURL((url) => url.pathname === '/login')
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  await signIn(page, 'lee', DEMO_PASSWORD)
  await page.waitForURL((url) => url.pathname === '/')

  // 1. The three sentences, each a link, all visible without scrolling.
  const strip = page.getByRole('region', { name: 'Headlines' })
  const wall = strip.getByRole('link', { name: WALL })
  const incident = strip.getByRole('link', { name: INCIDENT })
  const shadow = strip.getByRole('link', { name: SHADOW })
  await wall.waitFor({ timeout: 30_000 }).catch(async (e) => {
    throw new Error(`headlines: ${await strip.innerText()}`, { cause: e })
  })
  await incident.waitFor()
  await shadow.waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await assertInViewport(page, wall, 'the thickest-wall sentence')
  await assertInViewport(page, incident, 'the most-delayed-incident sentence')
  await assertInViewport(page, shadow, 'the unnoticed-customer-data sentence')
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  await checkPage(page, 'leadership dashboard')
  await screenshotPage(page, 'leadership-dashboard')

  // The date inputs show the window in force (the server's default, read from the caption).
  const from = page.getByLabel('From', { exact: true })
  const to = page.getByLabel('To', { exact: true })
  assert.match(await from.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'From shows the applied window')
  assert.match(await to.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'To shows the applied window')
  assert.ok((await from.inputValue()) <= (await to.inputValue()))

  // 2. The incident sentence leads to the incident; its key is the one named in the sentence.
  const incidentKey = (await incident.innerText()).match(/^(INC-\d+)/)[1]
  await incident.click()
  await page.waitForURL((url) => /^\/incidents\/[^/]+$/.test(url.pathname))
  await page.getByRole('heading', { level: 1 }).filter({ hasText: incidentKey }).waitFor()
  await checkPage(page, 'incident from the headline')
  await page.goBack()
  await page.waitForURL((url) => url.pathname === '/')

  // The wall sentence opens the pair's breakdown.
  await strip.getByRole('link', { name: WALL }).click()
  await page
    .getByRole('region', { name: /^Breakdown: Product Dev → Operations/ })
    .waitFor({ timeout: 30_000 })
  // The link sets the window explicitly, so the reports reload: check once they have answered.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  await page.waitForLoadState('networkidle')
  await checkPage(page, 'dashboard with the pair breakdown from the headline')

  // 3. A reversed window: one clear message, nothing asked of the server, no tile left on "…".
  await page.goto(`${baseUrl}/`)
  await strip.getByRole('link', { name: WALL }).waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  // A valid start first (applied and answered), then an end before it.
  await from.fill('2026-06-30')
  await from.dispatchEvent('change')
  await page.waitForURL((url) => url.searchParams.get('from') === '2026-06-30')
  await page.waitForLoadState('networkidle')
  const metricsCalls = []
  const onRequest = (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/metrics/')) metricsCalls.push(request.url())
  }
  page.on('request', onRequest)
  await to.fill('2026-06-01')
  await to.dispatchEvent('change')
  const message = page.locator('#d-dates-error')
  await message.filter({ hasText: /"From" is after "To"/ }).waitFor()
  await page.waitForLoadState('networkidle')
  page.off('request', onRequest)
  assert.deepEqual(metricsCalls, [], 'no metrics request for a reversed window')
  assert.equal(
    await page.getByText(/"From" is after "To"/).count(),
    1,
    'the reversed window is told once',
  )
  const tiles = await page.locator('main').innerText()
  assert.doesNotMatch(tiles, /^\s*…\s*$/m, 'no tile stuck on "…"')
  await checkPage(page, 'dashboard with a reversed window')

  // 4. Global search: `/` focuses the header box, the incident key, Enter → the incident.
  await page.goto(`${baseUrl}/`)
  await strip.getByRole('link', { name: WALL }).waitFor({ timeout: 30_000 })
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: /^Search incidents/ })
  assert.ok(
    await box.evaluate((el) => el === document.activeElement),
    '`/` focuses the search box',
  )
  await page.keyboard.type(incidentKey)
  const option = page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .filter({ hasText: incidentKey })
    .first()
  await option.waitFor()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => /^\/incidents\/[^/]+$/.test(url.pathname))
  await page.getByRole('heading', { level: 1 }).filter({ hasText: incidentKey }).waitFor()
  await checkPage(page, 'incident from the global search')

  // 5. A phone: the Menu button opens the navigation; nothing overflows sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${baseUrl}/`)
  await strip.getByRole('link', { name: WALL }).waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  const menu = page.getByRole('button', { name: /^Menu\b/ })
  assert.equal(await menu.getAttribute('aria-expanded'), 'false')
  const mainNav = page.getByRole('navigation', { name: 'Main' })
  assert.equal(await mainNav.isVisible(), false, 'the navigation is folded on a phone')
  await menu.click()
  assert.equal(await menu.getAttribute('aria-expanded'), 'true')
  await mainNav.waitFor({ state: 'visible' })
  await checkPage(page, 'mobile dashboard with the menu open')
  await menu.click()
  await assertNoHorizontalOverflow(page, 'dashboard')
  await page.goto(`${baseUrl}/requests`)
  await page.locator('article').filter({ hasText: /REQ-\d+/ }).first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await assertNoHorizontalOverflow(page, 'requests board')
  await checkPage(page, 'mobile requests board')
  await screenshotPage(page, 'leadership-requests-board')

  // 6. Dark mode.
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${baseUrl}/`)
  await strip.getByRole('link', { name: WALL }).waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  await checkPage(page, 'dashboard, dark theme')
  await page.emulateMedia({ colorScheme: 'light' })

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
  assert.deepEqual(a11yFailures, [], 'no serious or critical accessibility violations')
})
