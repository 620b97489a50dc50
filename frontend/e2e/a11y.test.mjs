// Self-test of the accessibility gate (no server): checkA11y must fail on a page with an image
// without text and text too faint to read, even under a Content-Security-Policy as strict as the
// app's for scripts; it must pass a clean page and only warn about moderate findings; and
// screenshotBoth must write both sizes and put the viewport back.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { checkA11y, launchBrowser, screenshotBoth, screenshotsDir } from './support.mjs'

// The self-test proves the gate fails, so it is enforced here even in a survey run.
delete process.env.E2E_A11Y

let browser = null
let page = null

before(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
})

after(async () => {
  await browser?.close()
})

/** A page with the given body, a main landmark, and no inline scripts allowed. */
function html(body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'; object-src 'none'">
    <title>a11y self-test</title>
  </head>
  <body>
    <script>window.inlineScriptRan = true</script>
    <main><h1>Self-test</h1>${body}</main>
  </body>
</html>`
}

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='

test('fails on serious and critical violations, naming rule, elements and HTML', async () => {
  await page.setContent(
    html(`<p><img src="${PIXEL}" class="logo"></p>
      <p id="faint" style="color:#c8c8c8;background:#ffffff">Barely readable text</p>`),
  )
  assert.equal(await page.evaluate(() => window.inlineScriptRan), undefined, 'the CSP is in force')

  const error = await checkA11y(page, 'bad page', { report: false }).then(
    () => null,
    (e) => e,
  )
  assert.ok(error instanceof assert.AssertionError, `expected an AssertionError, got ${error}`)
  assert.match(error.message, /serious\/critical violations on "bad page"/)
  assert.match(error.message, /image-alt \(critical\): Images must have alternative text/)
  assert.match(error.message, /\n +at img\n/)
  assert.match(error.message, /<img src="data:image\/gif/)
  assert.match(error.message, /color-contrast \(serious\)/)
  assert.match(error.message, /at #faint/)
  assert.match(error.message, /insufficient color contrast of 1\.\d+/)
})

test('passes a clean page and only warns about moderate findings', async () => {
  await page.setContent(html(`<p><img src="${PIXEL}" alt="Logo"> Plain, readable text.</p>`))
  assert.deepEqual(await checkA11y(page, 'clean page', { report: false }), [])

  // A heading that skips a level is a moderate finding: reported, not fatal.
  await page.setContent(html('<h4>Skipped two levels</h4><p>Text.</p>'))
  const found = await checkA11y(page, 'moderate only', { report: false })
  assert.deepEqual(
    found.map((v) => `${v.id}:${v.impact}`),
    ['heading-order:moderate'],
  )
})

test('screenshotBoth writes both sizes and restores the viewport', async () => {
  await page.setContent(html('<p>Two sizes.</p>'))
  await screenshotBoth(page, 'self-test', { report: false })
  for (const size of ['1366x768', '1366x768-full', '390x844']) {
    assert.ok(existsSync(path.join(screenshotsDir, `self-test-${size}.png`)), size)
  }
  assert.deepEqual(page.viewportSize(), { width: 1280, height: 900 })
})
