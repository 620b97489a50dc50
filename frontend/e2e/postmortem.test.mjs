// Journey: an admin records an incident through the UI, writes its postmortem, meets a blameless-
// language finding for a blaming sentence, rewrites it until the finding goes away, publishes,
// and reads the rendered postmortem back from the incident page.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker()

const BLAMING = 'The root cause was human error: Bob failed to clear the cache.'
const FIXED = 'A cache value was not cleared between requests.'

/** Creates a team through the API with the signed-in browser session (cookie plus CSRF token). */
async function createTeam(page, baseUrl, csrfToken, team) {
  const response = await page.request.post(`${baseUrl}/api/teams`, {
    data: team,
    headers: { 'X-CSRF-TOKEN': csrfToken },
  })
  assert.equal(response.status(), 201, `creating team ${team.slug}: ${await response.text()}`)
}

test('an admin writes, checks and publishes a blameless postmortem', async () => {
  const { page, baseUrl } = ctx

  await page.goto(`${baseUrl}/incidents`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/incidents')
  await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor()
  await checkA11y(page, 'incidents (empty)')

  // Two teams to involve, made through the API (the teams journey covers the UI).
  const me = await (await page.request.get(`${baseUrl}/api/me`)).json()
  await createTeam(page, baseUrl, me.csrfToken, { slug: 'web-dev', name: 'Web Developers', kind: 'DEV' })
  await createTeam(page, baseUrl, me.csrfToken, { slug: 'core-ops', name: 'Core Ops', kind: 'OPS' })

  // Record the incident through the form (times are typed as UTC).
  await page.getByRole('link', { name: 'New incident' }).click()
  await page.waitForURL((url) => url.pathname === '/incidents/new')
  await page.getByRole('heading', { name: 'New incident', level: 1 }).waitFor()
  await page.getByRole('checkbox', { name: /Core Ops/ }).waitFor()
  await checkA11y(page, 'new incident form')
  await page.getByLabel('Title', { exact: true }).fill('Stale prices served from cache')
  await page.getByLabel('Severity', { exact: true }).selectOption('SEV2')
  await page.getByLabel('Status', { exact: true }).selectOption('RESOLVED')
  await page.getByLabel('Impact started (UTC)').fill('2026-03-02T09:00')
  await page.getByLabel('Detected (UTC)').fill('2026-03-02T09:30')
  await page.getByLabel('Resolved (UTC)').fill('2026-03-02T12:15')
  await page.getByRole('checkbox', { name: /Web Developers/ }).check()
  await page.getByRole('checkbox', { name: /Core Ops/ }).check()
  await page.getByLabel('Services affected').fill('pricing, checkout')
  await page.getByLabel('Tags', { exact: true }).fill('cache')
  await page.locator('input[type="checkbox"][value="cross-team-access"]').check()
  await page.getByRole('button', { name: 'Create incident' }).click()

  await page.waitForURL((url) => /^\/incidents\/\d+$/.test(url.pathname))
  const incidentPath = new URL(page.url()).pathname
  const heading = page.getByRole('heading', { level: 1 }).filter({ hasText: 'Stale prices' })
  await heading.waitFor()
  assert.match(await heading.innerText(), /^INC-\d+ Stale prices served from cache$/)
  const facts = page.locator('dl.incident-facts')
  assert.match(await facts.innerText(), /Time to resolve\s+2 hours 45 minutes/)
  await checkA11y(page, 'incident')

  // Open the postmortem editor from the incident page.
  await page.getByRole('link', { name: 'Write the postmortem' }).click()
  await page.waitForURL((url) => url.pathname === `${incidentPath}/postmortem`)
  const editor = page.getByLabel('Postmortem (Markdown)')
  await editor.waitFor()

  // A blaming sentence: the server's check names it under the editor.
  const blamingText = `# Cache incident\n\n${BLAMING}\n`
  await editor.fill(blamingText)
  const check = page.getByRole('region', { name: 'Blameless-language check' })
  const findings = check.getByRole('listitem')
  await findings.first().waitFor()
  assert.match(await findings.first().innerText(), /^Line 3:\d+ — “/)

  // Clicking the finding puts the caret on the third line.
  await findings.first().getByRole('button').click()
  const caret = await editor.evaluate((el) => el.selectionStart)
  assert.ok(caret >= blamingText.indexOf('The root'), `caret ${caret} is on line 3`)

  // The live preview is rendered by the server.
  const preview = page.getByRole('region', { name: /^Preview/ })
  await preview.getByRole('heading', { name: 'Cache incident' }).waitFor()
  await checkA11y(page, 'postmortem editor with a blameless finding')
  await screenshotBoth(page, 'postmortem-editor')

  // Rewritten without blame: the findings go away.
  await editor.fill(`# Cache incident\n\n${FIXED}\n`)
  await check.getByText('No blaming language found.').waitFor()
  assert.equal(await findings.count(), 0)
  await preview.getByText(FIXED).waitFor()

  // Publish.
  await page.getByLabel('Status', { exact: true }).selectOption('PUBLISHED')
  await page.getByRole('button', { name: 'Save postmortem' }).click()
  await page.getByRole('status').filter({ hasText: 'Saved (Published' }).waitFor()
  await checkA11y(page, 'postmortem editor (saved)')

  // Back on the incident page the postmortem reads as published and opens read-only.
  await page.goto(`${baseUrl}${incidentPath}`)
  await heading.waitFor()
  assert.match(await facts.innerText(), /Postmortem\s+Published/)
  await page.getByRole('link', { name: 'Read the postmortem' }).click()
  await page.waitForURL((url) => url.pathname === `${incidentPath}/postmortem`)
  const article = page.getByRole('article', { name: 'Postmortem' })
  await article.getByRole('heading', { name: 'Cache incident' }).waitFor()
  assert.match(await article.innerText(), /A cache value was not cleared between requests\./)
  assert.equal(await page.getByLabel('Postmortem (Markdown)').count(), 0, 'opens read-only')
  await page.getByRole('button', { name: 'Edit', exact: true }).waitFor()
  assert.equal(
    await page.getByRole('link', { name: 'Export Markdown' }).getAttribute('href'),
    `/api${incidentPath}/postmortem.md`,
  )

  await checkA11y(page, 'published postmortem')
  await screenshotBoth(page, 'postmortem')
  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
