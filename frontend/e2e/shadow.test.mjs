// Journey: an admin imports shadow systems from a CSV file, sees which row was rejected and why,
// and finds the imported systems in the registry with how long each went unnoticed.
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { apiCall, apiToken, checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker()
let tempDir = null
after(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true })
})

const CSV = [
  'name,provider,url,ownerTeam,purpose,dataClassification,firstLiveAt,evidence,discoveredAt,discoveredBy,discoveryMethod,status,motivatedBy',
  'billing-prototype,Heroku,https://billing-prototype.example.com,web-e2e,Invoices for the new app,CUSTOMER_PII,2025-01-10T00:00:00Z,first invoice,2025-12-06T00:00:00Z,ops-e2e,BILLING_AUDIT,DISCOVERED,',
  'team-status-page,A SaaS,,web-e2e,Status page,NONE,2025-06-01T00:00:00Z,DNS record,2025-07-01T00:00:00Z,web-e2e,SELF_REPORTED,DISCOVERED,',
  'broken-row,Heroku,,web-e2e,,TOP_SECRET,2025-01-10T00:00:00Z,,2025-02-01T00:00:00Z,ops-e2e,DNS_SCAN,DISCOVERED,',
].join('\n')

test('an admin imports shadow systems from CSV and sees the rejected row', async () => {
  const { page, baseUrl } = ctx

  const token = await apiToken(baseUrl)
  await apiCall(baseUrl, token, 'POST', '/api/teams', {
    slug: 'web-e2e',
    name: 'Web E2E',
    kind: 'DEV',
  })
  await apiCall(baseUrl, token, 'POST', '/api/teams', {
    slug: 'ops-e2e',
    name: 'Ops E2E',
    kind: 'OPS',
  })

  tempDir = await mkdtemp(path.join(os.tmpdir(), 'wallbreaker-csv-'))
  const csvFile = path.join(tempDir, 'shadow-systems.csv')
  await writeFile(csvFile, `${CSV}\n`)

  await page.goto(`${baseUrl}/shadow-systems/import`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/shadow-systems/import')
  await page.getByRole('heading', { name: 'Import shadow systems', level: 1 }).waitFor()
  await checkA11y(page, 'shadow-system import')

  await page.getByLabel('CSV file').setInputFiles(csvFile)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('heading', { name: 'Import report' }).waitFor()

  const count = (label) =>
    page.locator('.counts > div').filter({ hasText: label }).locator('dd').innerText()
  assert.equal(await count('Created'), '2')
  assert.equal(await count('Rejected'), '1')
  const rejected = page.getByRole('table', { name: 'Rejected rows' })
  const rows = rejected.locator('tbody tr')
  assert.ok((await rows.count()) >= 1)
  assert.match(await rejected.innerText(), /dataClassification/)
  await checkA11y(page, 'shadow-system import report')
  await screenshotBoth(page, 'shadow-import-report')

  await page.getByRole('link', { name: 'Go to the registry' }).click()
  await page.waitForURL((url) => url.pathname === '/shadow-systems')
  const billing = page.getByRole('row').filter({ hasText: 'billing-prototype' })
  await billing.waitFor()
  assert.match(await billing.innerText(), /10 months .*unnoticed|11 months.*unnoticed/)
  const statusPage = page.getByRole('row').filter({ hasText: 'team-status-page' })
  assert.match(await statusPage.innerText(), /Amnesty \(self-reported\)/)
  assert.equal(await page.getByRole('row').filter({ hasText: 'broken-row' }).count(), 0)
  await page.getByRole('img', { name: /Timeline of 2 shadow systems/ }).waitFor()

  await checkA11y(page, 'shadow-system registry')
  await screenshotBoth(page, 'shadow-registry')
  assert.deepEqual(ctx.problems, [], 'no page errors or CSP violations')
})
