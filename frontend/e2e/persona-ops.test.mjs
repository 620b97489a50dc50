// Persona journey: daryl (Operations lead, member) on the demo data. The requests board shows the
// open work by default, paged, with its total; showing closed requests changes the count; at
// 390 px the columns stack without sideways overflow. The new-shadow-system form flags every
// missing required field at once; the OLA targets page reads; an event back-dated before the
// previous one is refused with a readable time; the discovery page loads.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiCall, apiToken, gatheredA11y, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker({ demo: true })

const { failures: a11yFailures, checkPage, screenshotPage } = gatheredA11y()

const DEMO_PASSWORD = 'wallbreaker-demo'
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/

test('ops reads the board, registers a shadow system, checks OLAs and records events', async () => {
  const { page, baseUrl } = ctx
  // A loaded machine (builds running beside the journeys): waits get 45 s, not the default 15 s.
  page.setDefaultTimeout(45_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const token = await apiToken(baseUrl, 'daryl', DEMO_PASSWORD)

  // 1. The requests board: open work by default, with its total.
  const listCalls = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/api/requests') listCalls.push(url.searchParams)
  })
  await page.goto(`${baseUrl}/requests`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, 'daryl', DEMO_PASSWORD)
  await page.waitForURL((url) => url.pathname === '/requests')
  const countLine = page.getByRole('status').filter({ hasText: /requests?\b/ }).first()
  await countLine.filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  const openLine = await countLine.innerText()
  assert.match(openLine, /\bopen requests?\b/, `the board counts the open work: ${openLine}`)
  const first = listCalls.at(-1)
  assert.equal(first.get('open'), 'true', `the board asks for open work: ${first}`)
  assert.ok(first.get('size'), `the board asks for one page: ${first}`)
  const openTotal = await apiCall(baseUrl, token, 'GET', '/api/requests?open=true&size=1', undefined, 200)
  assert.match(openLine, new RegExp(`\\b${openTotal.total}\\b`), `${openLine} shows the total`)
  await checkPage(page, 'requests board (open)')
  await screenshotPage(page, 'ops-requests-board')

  await page.getByLabel('Show closed requests').check()
  await page.waitForURL((url) => url.searchParams.has('closed'))
  const allTotal = await apiCall(baseUrl, token, 'GET', '/api/requests?size=1', undefined, 200)
  assert.ok(allTotal.total > openTotal.total, 'the demo has closed requests')
  // The line settles on the new total (while loading it shows the old one, "(loading…)").
  await countLine
    .filter({ hasText: new RegExp(`\\b${allTotal.total} requests\\b`) })
    .filter({ hasNotText: 'loading' })
    .waitFor()
  const allLine = await countLine.innerText()
  assert.doesNotMatch(allLine, /\bopen\b/, `the line no longer says open only: ${allLine}`)
  await checkPage(page, 'requests board with closed requests')

  // The board stacks at 390 px.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.waitForLoadState('networkidle')
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(scrollWidth <= 390, `the board is ${scrollWidth} px wide at 390 px`)
  const columns = await page
    .locator('.board > section.column')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left))
  assert.ok(columns.length >= 2, 'board columns')
  assert.ok(
    columns.every((left) => Math.abs(left - columns[0]) < 2),
    `the columns stack (lefts: ${columns})`,
  )
  await checkPage(page, 'requests board at 390 px')
  await page.setViewportSize({ width: 1366, height: 768 })

  // 2. The new-shadow-system form, sent empty: every required field flagged at once.
  await page.goto(`${baseUrl}/shadow-systems/new`)
  await page.getByRole('button', { name: 'Register' }).waitFor({ timeout: 30_000 })
  await checkPage(page, 'new shadow system form')
  await page.getByRole('button', { name: 'Register' }).click()
  for (const label of ['Name', 'Provider', 'Owner team', 'First live (UTC)', 'Discovered (UTC)', 'Discovered by']) {
    const field = page.getByLabel(label, { exact: true })
    await page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
      await field.getAttribute('id'),
      { timeout: 10_000 },
    ).catch(() => {})
    assert.equal(
      await field.getAttribute('aria-invalid'),
      'true',
      `"${label}" is flagged when the form is sent empty`,
    )
  }
  await checkPage(page, 'new shadow system form with errors')
  await screenshotPage(page, 'ops-shadow-form-errors')

  // 3. The OLA targets page reads.
  await page.goto(`${baseUrl}/ola-targets`)
  await page.getByRole('heading', { level: 1, name: 'OLA targets' }).waitFor({ timeout: 30_000 })
  await page.getByText('Loading targets…').waitFor({ state: 'detached' })
  assert.match(await page.locator('main').innerText(), /Administrators change the targets/)
  await checkPage(page, 'OLA targets (member)')
  await screenshotPage(page, 'ops-ola-targets')

  // 4. An event back-dated before the previous one: refused with a readable time.
  const open = await apiCall(
    baseUrl,
    token,
    'GET',
    '/api/requests?open=true&responder=operations&size=50',
    undefined,
    200,
  )
  let target = null
  for (const item of open.items) {
    if (item.source) continue
    const full = await apiCall(baseUrl, token, 'GET', `/api/requests/${item.id}`, undefined, 200)
    if (full.allowedEvents.length && full.events.length) {
      target = full
      break
    }
  }
  assert.ok(target, 'an open request with events daryl may record')
  await page.goto(`${baseUrl}/requests/${target.id}`)
  const actions = page.getByRole('region', { name: 'Record what happened' })
  await actions.waitFor({ timeout: 30_000 })
  await actions.getByLabel('When (UTC, optional)').fill('2020-01-01T09:00')
  await actions.getByRole('group', { name: 'Events you can record' }).getByRole('button').first().click()
  const problem = actions.locator('.alert, .field-error').filter({ hasText: /\S/ }).first()
  await problem.waitFor()
  const text = await actions.innerText()
  assert.match(text, /before|earlier|after/i, `the refusal says why: ${text}`)
  assert.doesNotMatch(text, ISO_INSTANT, `the refusal shows a readable time, not an ISO instant: ${text}`)
  await checkPage(page, 'request with a refused back-dated event')

  // 5. Discovery loads.
  await page.goto(`${baseUrl}/discovery`)
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await checkPage(page, 'discovery')
  await screenshotPage(page, 'ops-discovery')

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
  assert.deepEqual(a11yFailures, [], 'no serious or critical accessibility violations')
})
