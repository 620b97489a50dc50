// Journey: a leadership viewer opens the dashboard on the demo data, finds the thickest wall
// (Product Dev → Operations), opens its breakdown and follows it to the requests behind it.
// The dashboard loads the compact heatmap, never the full team-pairs report, and the pair's
// figures only when its cell is chosen. The screenshot taken here is the build artifact
// leadership sees.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker({ demo: true })

const CELL = /^Product Dev → Operations: wall index \d+$/

test('leadership finds the thickest wall and the requests behind it', async () => {
  const { page, baseUrl } = ctx
  const metricsCalls = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/metrics/')) metricsCalls.push(url.pathname)
  })

  await page.goto(`${baseUrl}/`)
  await page.waitForURL((url) => url.pathname === '/login')
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  await checkA11y(page, 'login')
  await signIn(page, 'lee', 'wallbreaker-demo')
  await page.waitForURL((url) => url.pathname === '/')

  // The organisation wall index is a number.
  const tile = page.getByRole('region', { name: 'Organisation wall index' })
  await tile.locator('.value').filter({ hasText: /^\s*\d+ of 100\s*$/ }).waitFor()

  // Product Dev → Operations shows a number, and it is the highest cell.
  const cell = page.getByRole('link', { name: CELL })
  await cell.waitFor()
  const value = Number((await cell.innerText()).trim())
  assert.ok(Number.isInteger(value), `cell text: ${await cell.innerText()}`)
  const labels = await page
    .getByRole('link', { name: /: wall index \d+$/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')))
  const values = labels.map((label) => Number(label.match(/wall index (\d+)$/)[1]))
  assert.ok(values.length >= 2, `heatmap cells with an index: ${labels.join('; ')}`)
  assert.equal(
    Math.max(...values),
    value,
    `highest cell is not Product Dev → Operations: ${labels}`,
  )
  await checkA11y(page, 'dashboard')

  assert.ok(metricsCalls.includes('/api/metrics/team-pairs/heatmap'), metricsCalls.join(', '))
  assert.ok(!metricsCalls.includes('/api/metrics/team-pairs'), metricsCalls.join(', '))

  // Its breakdown, fetched when the cell is chosen, explains the number; wait for the charts
  // before the screenshot.
  const pairAnswer = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/metrics/team-pairs/product-dev/operations',
  )
  await cell.click()
  assert.equal((await pairAnswer).status(), 200)
  const breakdown = page.getByRole('region', { name: 'Breakdown: Product Dev → Operations' })
  await breakdown.getByRole('rowheader', { name: 's5' }).waitFor()
  assert.match(await breakdown.innerText(), /s1[\s\S]*s5/i)
  assert.match(
    await breakdown.getByRole('heading', { level: 2 }).innerText(),
    new RegExp(`^Product Dev → Operations: wall index ${value}$`),
  )
  await page.getByRole('region', { name: 'Cross-team wall over time' }).waitFor()
  await page.getByText('Drawing chart…').first().waitFor({ state: 'detached' })
  await checkA11y(page, 'dashboard with a breakdown')
  await screenshotBoth(page, 'dashboard')

  // …and leads to the requests behind it.
  await breakdown.getByRole('link', { name: /requests behind this/ }).click()
  await page.waitForURL(
    (url) =>
      url.pathname === '/requests' &&
      url.searchParams.get('requester') === 'product-dev' &&
      url.searchParams.get('responder') === 'operations',
  )
  const cards = page.locator('article').filter({ hasText: /REQ-\d+/ })
  await cards.first().waitFor()
  const texts = await cards.allInnerTexts()
  assert.ok(
    texts.every((t) => /Product Dev → Operations/.test(t)),
    texts.join('\n---\n'),
  )
  assert.ok(
    texts.some((t) => /Log access/.test(t)),
    'a log-access request is among them',
  )
  await checkA11y(page, 'requests board filtered by team pair')
  await screenshotBoth(page, 'requests-board-pair')

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
