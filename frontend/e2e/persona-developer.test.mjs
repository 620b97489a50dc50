// Persona journey: larry (Product Dev, member) on the demo data. On the incident that waited
// longest he adds, edits and deletes timeline entries (the History lists those child changes),
// deletes an action item, writes a blaming sentence into the postmortem, sees the finding with its
// suggestion, publishes with an acknowledgement, exports the Markdown (readable words, no enum
// codes), prints the postmortem (no navigation or buttons), and reads a request description
// rendered from Markdown.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiCall, apiToken, gatheredA11y, signIn, useWallbreaker, waitOrExplain } from './support.mjs'

const ctx = useWallbreaker({ demo: true })

const { failures: a11yFailures, checkPage, screenshotPage } = gatheredA11y()


const DEMO_PASSWORD = 'wallbreaker-demo'
const BLAME = "Bob's mistake caused this."

/** The datetime-local value for now, to the minute, in UTC (the journeys run in UTC). */
const minutesFromNow = (value) => Math.abs(Date.parse(`${value}:00Z`) - Date.now()) / 60_000

test('a developer works on the incident, its postmortem and a request', async () => {
  const { page, baseUrl } = ctx
  // A loaded machine (builds running beside the journeys): waits get 45 s, not the default 15 s.
  page.setDefaultTimeout(45_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const token = await apiToken(baseUrl, 'larry', DEMO_PASSWORD)

  // The demo incident: the one the dashboard headline names.
  const headlines = await apiCall(baseUrl, token, 'GET', '/api/metrics/headlines', undefined, 200)
  const headline = headlines.headlines.find((h) => h.kind === 'MOST_DELAYED_INCIDENT')
  assert.ok(headline, JSON.stringify(headlines))
  const incidentPath = headline.link
  assert.match(incidentPath, /^\/incidents\/\d+$/)
  const incidentId = incidentPath.split('/').pop()

  await page.goto(`${baseUrl}${incidentPath}`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page, 'larry', DEMO_PASSWORD)
  await page.waitForURL((url) => url.pathname === incidentPath)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await timeline.locator('ol.timeline > li').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await checkPage(page, 'incident (larry)')
  await screenshotPage(page, 'developer-incident')

  // 1. Add a timeline entry; "At" goes back to (about) now afterwards.
  const at = timeline.getByLabel('At (UTC)')
  await at.fill('2026-01-05T10:00')
  await timeline.getByLabel('What happened').fill('E2E: restarted the log shipper')
  await timeline.getByRole('button', { name: 'Add entry' }).click()
  const added = timeline.locator('li').filter({ hasText: 'E2E: restarted the log shipper' })
  await added.waitFor()
  await page.waitForFunction(
    () => document.querySelector('#timeline-at')?.value !== '2026-01-05T10:00',
    undefined,
    { timeout: 5_000 },
  ).catch(() => {})
  const atAfter = await at.inputValue()
  assert.ok(
    minutesFromNow(atAfter) <= 2,
    `"At" after adding should be about now, is ${atAfter} (now ${new Date().toISOString()})`,
  )

  // Edit it: new text.
  await added.getByRole('button', { name: 'Edit' }).click()
  const editForm = page.getByRole('form', { name: /^Edit the timeline entry/ })
  await editForm.getByLabel('What happened').fill('E2E: restarted the log shipper (edited)')
  await editForm.getByRole('button', { name: 'Save entry' }).click()
  const edited = timeline.locator('li').filter({ hasText: 'E2E: restarted the log shipper (edited)' })
  await edited.waitFor()

  // Delete it, confirming.
  page.once('dialog', (dialog) => dialog.accept())
  await edited.getByRole('button', { name: 'Delete' }).click()
  await edited.waitFor({ state: 'detached' })
  await checkPage(page, 'incident after timeline edits')

  // History lists the child changes (timeline entry added, changed, deleted).
  await page.reload()
  const history = page.getByRole('region', { name: 'History' })
  await history.locator('ol.history > li').first().waitFor({ timeout: 30_000 })
  const historyText = await history.innerText()
  assert.match(historyText, /timeline/i, `History names the timeline entries:\n${historyText}`)
  assert.ok(
    (historyText.match(/timeline/gi) ?? []).length >= 3,
    `History lists the add, the edit and the delete of the entry:\n${historyText}`,
  )

  // 2. Delete an action item, confirming.
  const actions = page.getByRole('region', { name: /^Action items/ })
  const rows = actions.locator('tbody tr')
  await rows.first().waitFor()
  const before = await rows.count()
  const firstTitle = (await rows.first().locator('td').first().innerText()).trim()
  page.once('dialog', (dialog) => dialog.accept())
  await rows.first().getByRole('button', { name: 'Delete' }).click()
  await page.waitForFunction(
    (n) => document.querySelectorAll('section[aria-labelledby="action-items-heading"] tbody tr').length < n,
    before,
  )
  assert.equal(
    await actions.locator('tbody tr').filter({ hasText: firstTitle }).count(),
    0,
    `action item “${firstTitle}” is gone`,
  )
  await checkPage(page, 'incident after deleting an action item')

  // 3. Postmortem: a blaming sentence, its finding and suggestion, publish with acknowledgement.
  await page.goto(`${baseUrl}${incidentPath}/postmortem`)
  await page.getByRole('heading', { level: 1, name: /^Postmortem:/ }).waitFor({ timeout: 30_000 })
  const editButton = page.getByRole('button', { name: 'Edit', exact: true })
  if (await editButton.isVisible()) await editButton.click()
  const textarea = page.getByLabel('Postmortem (Markdown)')
  await textarea.waitFor()
  await textarea.fill(`${await textarea.inputValue()}\n\n${BLAME}\n`)
  const checkRegion = page.getByRole('region', { name: 'Blameless-language check' })
  const finding = checkRegion.locator('.finding-list li').first()
  await finding.waitFor({ timeout: 30_000 })
  assert.match(await finding.innerText(), /Try: \S/, 'the finding comes with a suggestion')
  await checkPage(page, 'postmortem editor with a finding')

  // The demo postmortem is published already: the new text is saved as a draft first (drafts
  // save with findings), then published.
  const status = page.getByLabel('Status', { exact: true })
  await status.selectOption({ label: 'Draft' })
  await page.getByRole('button', { name: 'Save postmortem' }).click()
  await waitOrExplain(
    page,
    page.getByRole('status').filter({ hasText: /Saved \(Draft, version \d+\)/ }),
    'saving the postmortem with a finding as a draft',
  )
  await status.selectOption({ label: 'Published' })
  const ack = page.getByRole('group', { name: 'Publish with open findings?' })
  await ack.waitFor()
  await page.getByRole('button', { name: 'Save postmortem' }).click()
  await waitOrExplain(
    page,
    page.locator('#acknowledge-findings-error').filter({ hasText: /Not published: tick this/ }),
    'publishing over an open finding without acknowledging it is refused',
  )
  await checkPage(page, 'postmortem publish refused without acknowledgement')
  await ack.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Save postmortem' }).click()
  const acknowledgement = page.locator('p.acknowledgement')
  await acknowledgement.waitFor()
  assert.match(
    await acknowledgement.innerText(),
    /^Published with \d+ acknowledged blameless-language findings? by larry on /,
  )
  await checkPage(page, 'published postmortem')
  await screenshotPage(page, 'developer-postmortem')

  // The Markdown export, with the browser's session: readable words, no enum codes.
  const exportResponse = await page.request.get(
    `${baseUrl}/api/incidents/${incidentId}/postmortem.md`,
  )
  assert.equal(exportResponse.status(), 200, await exportResponse.text())
  const markdown = await exportResponse.text()
  assert.match(markdown, /\*\*Status:\*\* [A-Z][a-z]+/, 'status in words')
  assert.match(markdown, /Product Dev|Operations/, 'team names, not slugs')
  assert.doesNotMatch(markdown, /DETECTION|RESOLVED|PUBLISHED|LOG_ACCESS|CUSTOMER_PII/)
  assert.ok(markdown.includes(BLAME), 'the export has the published text')

  // Print: no navigation, header or buttons.
  await page.emulateMedia({ media: 'print' })
  for (const selector of ['header.topbar', 'nav', 'button']) {
    const visible = await page
      .locator(selector)
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)
    assert.equal(visible, 0, `${selector} is hidden in print`)
  }
  await page.emulateMedia({ media: 'screen' })

  // 4. A request whose description is Markdown renders it.
  const request = await apiCall(baseUrl, token, 'POST', '/api/requests', {
    title: 'E2E: read access to the checkout logs',
    kind: 'LOG_ACCESS',
    description: 'We need **read-only** access to `checkout-api` logs for the incident.',
    requesterTeam: 'product-dev',
    responderTeam: 'operations',
  })
  await page.goto(`${baseUrl}/requests/${request.id}`)
  await page.getByRole('heading', { level: 1 }).filter({ hasText: request.key }).waitFor({
    timeout: 30_000,
  })
  await page.locator('strong', { hasText: 'read-only' }).waitFor()
  await page.locator('code', { hasText: 'checkout-api' }).waitFor()
  assert.equal(await page.getByText('**read-only**').count(), 0, 'no raw Markdown shown')
  await checkPage(page, 'request with a Markdown description')
  await screenshotPage(page, 'developer-request')

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
  assert.deepEqual(a11yFailures, [], 'no serious or critical accessibility violations')
})
