// Persona journey: the administrator on the demo data. Adds an OLA target and sees it with its
// usage; deactivates a demo user (sam) with a confirmation, after which sam cannot sign in, and
// reactivates them; filters the audit log by entity type (kept in the URL across a reload, values
// readable); changes their own password and signs in with the new one.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ADMIN_PASSWORD, apiCall, apiToken, gatheredA11y, signIn, signOut, useWallbreaker, waitOrExplain } from './support.mjs'

const ctx = useWallbreaker({ demo: true })

const { failures: a11yFailures, checkPage, screenshotPage } = gatheredA11y()


const DEMO_PASSWORD = 'wallbreaker-demo'
const NEW_PASSWORD = 'e2e-admin-password-2-changed'
const KINDS = ['LOG_ACCESS', 'PROD_ACCESS', 'DATA_PULL', 'INFRA_CHANGE', 'DEPLOY', 'REVIEW', 'OTHER']

async function loginStatus(baseUrl, login, password) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ login, password }),
  })
  return response.status
}

test('the administrator manages OLA targets, users, the audit log and their password', async () => {
  const { page, baseUrl } = ctx
  // A loaded machine (builds running beside the journeys): waits get 45 s, not the default 15 s.
  page.setDefaultTimeout(45_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const token = await apiToken(baseUrl)

  // 1. OLA targets: add one for a kind Product Dev → Operations has none for yet.
  const usage = await apiCall(baseUrl, token, 'GET', '/api/ola-targets/usage', undefined, 200)
  const taken = new Set(
    usage
      .filter((u) => u.requesterTeam === 'product-dev' && u.responderTeam === 'operations')
      .map((u) => u.kind),
  )
  const kind = KINDS.find((k) => !taken.has(k))
  assert.ok(kind, 'a kind without a target')

  await page.goto(`${baseUrl}/ola-targets`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/ola-targets')
  await page.getByRole('heading', { level: 1, name: 'OLA targets' }).waitFor({ timeout: 30_000 })
  await page.getByText('Loading targets…').waitFor({ state: 'detached' })
  await checkPage(page, 'OLA targets (admin)')
  const n = (await page.locator('tbody tr').count()) + 1
  await page.getByRole('button', { name: 'Add a target' }).click()
  await page.getByLabel(`Requester team, target ${n}`, { exact: true }).selectOption('product-dev')
  await page.getByLabel(`Responder team, target ${n}`, { exact: true }).selectOption('operations')
  await page.getByLabel(`Kind, target ${n}`, { exact: true }).selectOption(kind)
  await page.getByLabel(new RegExp(`^Target, target ${n}, in `)).fill('3')
  await page.getByRole('button', { name: 'Save all targets' }).click()
  await waitOrExplain(
    page,
    page.getByRole('status').filter({ hasText: /Saved \d+ targets?\./ }),
    'saving the new OLA target',
  )
  const saved = await apiCall(baseUrl, token, 'GET', '/api/ola-targets/usage', undefined, 200)
  const mine = saved.find(
    (u) => u.requesterTeam === 'product-dev' && u.responderTeam === 'operations' && u.kind === kind,
  )
  assert.ok(mine, `the target was stored: ${JSON.stringify(saved)}`)
  // The saved row: the one whose kind select holds the kind (a select's value is no attribute).
  const rowIndex = await page
    .locator('tbody tr')
    .evaluateAll(
      (rows, k) => rows.findIndex((r) => [...r.querySelectorAll('select')].some((s) => s.value === k)),
      kind,
    )
  assert.ok(rowIndex >= 0, 'the saved target is listed')
  const row = page.locator('tbody tr').nth(rowIndex)
  const rowText = await row.locator('td.usage').innerText()
  assert.match(rowText, new RegExp(`\\b${mine.requests} requests?\\b`), `usage: ${rowText}`)
  assert.match(rowText, new RegExp(`\\b${mine.open} open\\b`), `usage: ${rowText}`)
  await checkPage(page, 'OLA targets after saving')
  await screenshotPage(page, 'admin-ola-targets')

  // 2. Deactivate sam (with a confirmation): sam's sign-in is refused; then reactivate.
  await page.goto(`${baseUrl}/users/sam`)
  const statusSection = page.getByRole('region', { name: 'Account status' })
  await statusSection.waitFor({ timeout: 30_000 })
  await checkPage(page, 'user sam')
  await statusSection.getByRole('button', { name: 'Deactivate…' }).click()
  await checkPage(page, 'user sam, deactivation to confirm')
  await statusSection.getByRole('button', { name: 'Deactivate sam' }).click()
  await statusSection.locator('strong', { hasText: /^Deactivated$/ }).first().waitFor()
  assert.notEqual(await loginStatus(baseUrl, 'sam', DEMO_PASSWORD), 200, 'sam cannot sign in')
  await statusSection.getByRole('button', { name: 'Reactivate…' }).click()
  await statusSection.getByRole('button', { name: 'Reactivate sam' }).click()
  await statusSection.locator('strong', { hasText: /^Active$/ }).first().waitFor()
  assert.equal(await loginStatus(baseUrl, 'sam', DEMO_PASSWORD), 200, 'sam can sign in again')

  // 3. The audit log filtered by entity type: in the URL, kept across a reload, readable values.
  await page.goto(`${baseUrl}/audit`)
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor({ timeout: 30_000 })
  const typeSelect = page.getByLabel('Entity type', { exact: true })
  await typeSelect.locator('option[value="user"]').waitFor({ state: 'attached' })
  await typeSelect.selectOption('user')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await page.waitForURL((url) => url.searchParams.get('entityType') === 'user')
  const table = page.locator('table.table')
  await table.locator('tbody tr').first().waitFor()
  await page.reload()
  await page.waitForURL((url) => url.searchParams.get('entityType') === 'user')
  await table.locator('tbody tr').first().waitFor({ timeout: 30_000 })
  assert.equal(await typeSelect.inputValue(), 'user', 'the filter survives a reload')
  const userEntries = await table.innerText()
  assert.match(userEntries, /sam/, `sam's deactivation is in the audit:\n${userEntries}`)
  await checkPage(page, 'audit log filtered to users')
  await screenshotPage(page, 'admin-audit')
  // Every entity type's values, not only users': no record dumps, no nanoseconds.
  await page.goto(`${baseUrl}/audit`)
  await table.locator('tbody tr').first().waitFor({ timeout: 30_000 })
  for (const text of [userEntries, await table.innerText()]) {
    assert.doesNotMatch(text, /StatusChange\[/, 'no record dumps in audit values')
    assert.doesNotMatch(text, /\d{2}:\d{2}:\d{2}\.\d{4,}/, 'no nanoseconds in audit values')
  }

  // 4. Change the own password, then sign in with the new one.
  await page.goto(`${baseUrl}/settings/password`)
  await page.getByLabel('Current password', { exact: true }).waitFor({ timeout: 30_000 })
  await checkPage(page, 'change password')
  await page.getByLabel('Current password', { exact: true }).fill(ADMIN_PASSWORD)
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('New password again', { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 })
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  await checkPage(page, 'login after a password change')
  assert.notEqual(await loginStatus(baseUrl, 'admin', ADMIN_PASSWORD), 200, 'the old password is refused')
  await signIn(page, 'admin', NEW_PASSWORD)
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 30_000 })
  await signOut(page)

  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
  assert.deepEqual(a11yFailures, [], 'no serious or critical accessibility violations')
})
