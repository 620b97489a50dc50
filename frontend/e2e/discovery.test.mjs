// Journey: Ops imports the service catalog (what is known) and the Heroku app list (what runs),
// finds the one app nobody declared, confirms it as a shadow system with customer data, lands on
// its page with how long it went unnoticed, and finds it in the registry.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import {
  apiCall,
  apiToken,
  checkA11y,
  screenshotBoth,
  screenshotsDir,
  signIn,
  useWallbreaker,
} from './support.mjs'

const ctx = useWallbreaker()

const CATALOG_FILE = fileURLToPath(new URL('./fixtures/catalog-info.yaml', import.meta.url))
const HEROKU_FILE = fileURLToPath(new URL('./fixtures/heroku-apps.json', import.meta.url))
/** `created_at` of checkout-app in the Heroku list: the first time anything saw it. */
const CHECKOUT_CREATED = '2025-03-01T00:00:00Z'
const DAY_MS = 86_400_000

/** The app's `humanDuration` for a lag of whole days over a year: `1 year 9 months`. */
function yearsAndMonths(days) {
  const years = Math.floor(days / 365)
  const months = Math.floor((days - years * 365) / 30)
  const unit = (n, name) => `${n} ${name}${n === 1 ? '' : 's'}`
  return months > 0 ? `${unit(years, 'year')} ${unit(months, 'month')}` : unit(years, 'year')
}

test('ops imports a catalog and a Heroku list, and confirms the unknown app as a shadow system', async () => {
  const { page, baseUrl } = ctx
  const token = await apiToken(baseUrl)
  await apiCall(baseUrl, token, 'POST', '/api/teams', { slug: 'web-e2e', name: 'Web E2E', kind: 'DEV' })
  await apiCall(baseUrl, token, 'POST', '/api/teams', { slug: 'ops-e2e', name: 'Ops E2E', kind: 'OPS' })

  await page.goto(`${baseUrl}/discovery/catalog`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/discovery/catalog')
  await page.getByRole('heading', { name: 'Catalog of known systems', level: 1 }).waitFor()
  await checkA11y(page, 'discovery catalog (empty)')

  // Discovery is a tab of the shadow-system area (the header is full); the header marks the area.
  const nav = page.getByRole('navigation', { name: 'Main' })
  const shadowLink = nav.getByRole('link', { name: 'Shadow systems', exact: true })
  assert.match(await shadowLink.getAttribute('class'), /\bactive\b/)
  const tabs = page.getByRole('navigation', { name: 'Shadow systems' })
  assert.deepEqual(await tabs.getByRole('link').allInnerTexts(), [
    'Registry',
    'Discovery',
    'Catalog',
    'Inventories',
  ])

  // 1. The catalog: what is known.
  await page.getByLabel('Or read it from a file').setInputFiles(CATALOG_FILE)
  await page.waitForFunction(() => document.querySelector('#catalog-format')?.value === 'yaml')
  await page.getByRole('button', { name: 'Import catalog' }).click()
  await page.getByRole('heading', { name: 'Catalog import report' }).waitFor()
  const count = (figures, label) =>
    page
      .getByRole('status', { name: figures })
      .locator('div')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd')
      .innerText()
  assert.equal(await count('Catalog import figures', 'Created'), '2')
  assert.equal(await count('Catalog import figures', 'Errors'), '0')
  const storefront = page
    .getByRole('table', { name: 'Entities' })
    .getByRole('row')
    .filter({ hasText: 'component:default/storefront' })
  assert.match(await storefront.innerText(), /Web E2E/)
  assert.match(await storefront.innerText(), /acme-storefront/)
  await page
    .getByRole('region', { name: 'Known systems' })
    .getByRole('cell', { name: /AWS landing zone/ })
    .waitFor()
  await checkA11y(page, 'discovery catalog import report')
  await screenshotBoth(page, 'discovery-catalog')

  // 2. The Heroku app list: what runs. The storefront is known; checkout-app is not.
  await tabs.getByRole('link', { name: 'Inventories' }).click()
  await page.getByRole('heading', { name: 'Inventories', level: 1 }).waitFor()
  await checkA11y(page, 'discovery inventories')
  await page.getByLabel('Source').selectOption('heroku')
  await page.getByLabel('Triaging team (optional)').selectOption('ops-e2e')
  await page.getByLabel('Or read it from a file').setInputFiles(HEROKU_FILE)
  await page.getByRole('button', { name: 'Import snapshot' }).click()
  await page.getByRole('heading', { name: /^Snapshot \d+: Heroku$/ }).waitFor()
  assert.equal(await count('Snapshot figures', 'Items'), '2')
  assert.equal(await count('Snapshot figures', 'Candidates'), '1')
  assert.equal(await count('Snapshot figures', 'Matched'), '1')
  const owners = page.getByRole('table', { name: 'Owners named by the inventory' })
  assert.match(await owners.innerText(), /web-e2e@acme\.example\s+Web E2E/)
  await page.getByRole('region', { name: 'Recent snapshots' }).getByRole('cell', { name: 'Heroku' }).waitFor()
  await checkA11y(page, 'discovery inventories snapshot report')
  await screenshotBoth(page, 'discovery-inventories')

  // 3. The candidate: unnoticed since Heroku created it.
  await page.getByRole('link', { name: 'Triage the 1 candidate' }).click()
  await page.waitForURL((url) => url.pathname === '/discovery' && url.search === '?source=heroku')
  const row = page.getByRole('row').filter({ hasText: 'checkout-app' })
  await row.waitFor()
  const days = Math.floor((Date.now() - Date.parse(CHECKOUT_CREATED)) / DAY_MS)
  const rowText = await row.innerText()
  assert.match(rowText, /1 Mar 2025/)
  assert.match(rowText, new RegExp(`unnoticed for (${days}|${days - 1}) days`))
  assert.match(rowText, /Web E2E/) // the owner guessed from the app owner's e-mail
  assert.match(rowText, /Ops E2E/) // the triaging team
  assert.equal(await page.getByRole('row').filter({ hasText: 'acme-storefront' }).count(), 0)
  await checkA11y(page, 'discovery candidates')
  await screenshotBoth(page, 'discovery-candidates')

  await row.getByRole('link', { name: 'Confirm checkout-app as a shadow system' }).click()
  await page.waitForURL((url) => /^\/discovery\/candidates\/\d+$/.test(url.pathname))
  await page.getByRole('heading', { name: 'checkout-app', level: 1 }).waitFor()
  assert.match(
    await page.getByLabel('Inventory record').innerText(),
    /"created_at": "2025-03-01T00:00:00Z"/,
  )
  const form = page.getByRole('form', { name: 'Confirm as a shadow system' })
  assert.equal(await form.getByLabel('Name').inputValue(), 'checkout-app')
  assert.equal(await form.getByLabel('Provider').inputValue(), 'Heroku')
  assert.equal(await form.getByLabel('Owner team').inputValue(), 'web-e2e')
  assert.equal(await form.getByLabel('First live (UTC)').inputValue(), '2025-03-01T00:00')
  assert.equal(await form.getByLabel('Discovered by').inputValue(), 'ops-e2e')

  // The classification is nobody's guess: required.
  await form.getByRole('button', { name: 'Register shadow system' }).click()
  await form.getByText('Choose what data it holds.').waitFor()
  await form.getByLabel('Data classification').selectOption('CUSTOMER_PII')
  await checkA11y(page, 'confirm a candidate (field error)')
  await screenshotBoth(page, 'discovery-confirm')
  await form.getByRole('button', { name: 'Register shadow system' }).click()

  // 4. The new shadow system, with how long nobody knew about it.
  await page.waitForURL((url) => /^\/shadow-systems\/\d+$/.test(url.pathname))
  await page.getByRole('heading', { name: /checkout-app/, level: 1 }).waitFor()
  const lag = await page.locator('.lag').innerText()
  const expected = [days, days - 1].map((d) => `${yearsAndMonths(d)} unnoticed`)
  assert.ok(expected.includes(lag), `lag "${lag}" is one of ${expected.join(' / ')}`)
  const facts = await page.locator('dl.facts').innerText()
  assert.match(facts, /Customer PII/)
  assert.match(facts, /Web E2E/)
  assert.match(facts, /1 Mar 2025, 00:00/)
  assert.match(facts, /by Ops E2E \(Provider inventory\)/)
  await checkA11y(page, 'shadow system page')
  await screenshotBoth(page, 'discovery-shadow-system')

  // In the registry, found by the inventory.
  await page.getByRole('link', { name: '← All shadow systems' }).click()
  await page.waitForURL((url) => url.pathname === '/shadow-systems')
  const registered = page.getByRole('row').filter({ hasText: 'checkout-app' })
  await registered.waitFor()
  const registeredText = await registered.innerText()
  assert.match(registeredText, /Provider inventory/)
  assert.ok(registeredText.includes(lag), 'the registry shows the same lag')
  assert.doesNotMatch(registeredText, /Gone from inventory/)

  // Nothing is left to triage.
  await page.goto(`${baseUrl}/discovery`)
  await page.getByText('Nothing waits for triage.').waitFor()
  await checkA11y(page, 'discovery candidates (none)')

  // 5. Heroku no longer lists checkout-app: the registry suggests decommissioning it.
  const apps = JSON.parse(await readFile(HEROKU_FILE, 'utf8'))
  const rest = apps.filter((app) => app.name !== 'checkout-app')
  const report = await apiCall(baseUrl, token, 'POST', '/api/inventories/heroku/import', rest, 200)
  assert.equal(report.gone, 1)
  await page.goto(`${baseUrl}/shadow-systems`)
  const goneRow = page.getByRole('row').filter({ hasText: 'checkout-app' })
  await goneRow.getByText('Gone from inventory').waitFor()
  assert.match(await goneRow.innerText(), /consider marking it\s+decommissioned/)
  await checkA11y(page, 'shadow-system registry (gone from inventory)')
  await screenshotBoth(page, 'discovery-gone')

  // The dashboard counts how it was found: by an inventory, not by accident.
  await page.goto(`${baseUrl}/dashboard`)
  const discovery = page.locator('dl[aria-label="Discovery"]')
  await discovery.waitFor()
  const figure = (label) =>
    discovery.locator('div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd')
  assert.match(await figure('Open candidates').innerText(), /^0/)
  assert.match(await figure('Found by inventories').innerText(), /^100%\s+1 of 1 discovered/)
  assert.match(await figure('Found by accident').innerText(), /^0%/)
  await checkA11y(page, 'dashboard (no demo data)')
  await mkdir(screenshotsDir, { recursive: true })
  await discovery.screenshot({ path: path.join(screenshotsDir, 'discovery-dashboard-figures.png') })

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
