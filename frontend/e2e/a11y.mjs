// The accessibility gate and the two-size screenshots every journey uses (re-exported by
// support.mjs). checkA11y runs axe-core inside the page and fails the journey on any serious or
// critical violation; minor and moderate findings are printed as warnings and, like every page
// checked, written to target/e2e/a11y-report.json. screenshotBoth captures a page at 1366×768 and
// 390×844 into target/e2e/screenshots/ and checks it again at the narrow size.
import { AssertionError } from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const axeVersion = require('axe-core/package.json').version

/** `frontend/target/e2e`, where screenshots and the accessibility report go. */
export const artifactsDir = fileURLToPath(new URL('../target/e2e/', import.meta.url))
export const screenshotsDir = path.join(artifactsDir, 'screenshots')
/** The merged report of every page checked, by every journey of the run. */
export const a11yReportFile = path.join(artifactsDir, 'a11y-report.json')
/** One file per journey (one process each under `node --test`), merged into the report. */
const journeyReportsDir = path.join(artifactsDir, 'a11y')

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
/** Impacts that fail a journey; `minor` and `moderate` are warnings. */
export const FAILING_IMPACTS = ['serious', 'critical']
export const DESKTOP = { width: 1366, height: 768 }
export const MOBILE = { width: 390, height: 844 }

const MAX_NODES_SHOWN = 4
const MAX_HTML_CHARS = 220

const journey = path.basename(process.argv[1] ?? 'journey').replace(/\.test\.mjs$|\.mjs$/, '')
const pagesChecked = []

/** How long settle() waits for regions marked aria-busy (the app's loading state) to finish. */
const BUSY_TIMEOUT_MS = 10_000

/**
 * Waits until no region is aria-busy (a reload fades old content, which is not what a person
 * reads once it has loaded) and a resize or a route change has been laid out and painted
 * (charts redraw then).
 */
export async function settle(page) {
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: BUSY_TIMEOUT_MS,
    })
    .catch(() => console.warn(`a11y: still aria-busy after ${BUSY_TIMEOUT_MS} ms on ${page.url()}`))
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
        // document.fonts is absent on some blank pages
        if (document.fonts?.ready) document.fonts.ready.then(frames)
        else frames()
      }),
  )
}

/** Puts axe-core into the page unless it is already there (a full load drops it). */
async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe?.run === 'function')) return
  // page.evaluate runs through the DevTools protocol, not as an inline <script>, so the app's
  // Content-Security-Policy (script-src 'self', no inline scripts) does not block it.
  await page.evaluate(axeSource)
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) {
    throw new Error(`axe-core ${axeVersion} could not be injected into ${page.url()}`)
  }
}

function clip(text, max) {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The first line that says what is wrong (e.g. the measured contrast ratio). */
function why(node) {
  const lines = String(node.failureSummary ?? '')
    .split('\n')
    .map((line) => line.trim())
  return lines.find((line) => line && !/^Fix (any|all) of the following:?$/.test(line)) ?? ''
}

function describe(violation) {
  const count = violation.nodes.length
  const lines = [
    `- ${violation.id} (${violation.impact}): ${violation.help} [${count} element${count === 1 ? '' : 's'}]`,
    `  ${violation.helpUrl}`,
  ]
  for (const node of violation.nodes.slice(0, MAX_NODES_SHOWN)) {
    lines.push(`    at ${node.target.join(' ')}`)
    lines.push(`       ${clip(node.html, MAX_HTML_CHARS)}`)
    const reason = why(node)
    if (reason) lines.push(`       ${clip(reason, 300)}`)
  }
  if (count > MAX_NODES_SHOWN) lines.push(`    … and ${count - MAX_NODES_SHOWN} more`)
  return lines.join('\n')
}

function summarise(violation) {
  return {
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    elements: violation.nodes.length,
    nodes: violation.nodes.slice(0, MAX_NODES_SHOWN).map((node) => ({
      target: node.target.join(' '),
      html: clip(node.html, MAX_HTML_CHARS),
      why: clip(why(node), 300),
    })),
  }
}

/**
 * Checks the page as it is now with axe-core (WCAG 2.0/2.1 A and AA, and best practices). Throws
 * an AssertionError naming each serious or critical violation with its first elements (selector,
 * HTML, reason); prints minor and moderate ones as warnings. Call it once the page has settled
 * (its data shown). `label` names the page in messages and in target/e2e/a11y-report.json.
 *
 * Options: `exclude` (selectors left out), `disableRules` (rule ids; say why next to the call),
 * `report: false` (keep this check out of the report, e.g. in the gate's own self-test).
 * With E2E_A11Y=report in the environment, serious and critical findings are printed and
 * reported but do not fail (a survey of every page in one run); CI never sets it.
 */
export async function checkA11y(page, label, { exclude = [], disableRules = [], report = true } = {}) {
  await settle(page)
  await injectAxe(page)
  const options = {
    runOnly: { type: 'tag', values: A11Y_TAGS },
    resultTypes: ['violations'],
    iframes: false,
    rules: Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])),
  }
  // null: the whole document
  const context = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : null
  const results = await page.evaluate(
    ([context, options]) =>
      window.axe.run(context ?? document, options).then((r) => ({
        url: r.url,
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({
            target: n.target.map(String),
            html: n.html,
            failureSummary: n.failureSummary,
          })),
        })),
        scrollsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
      })),
    [context, options],
  )
  const viewport = page.viewportSize()
  const size = viewport ? `${viewport.width}x${viewport.height}` : 'unknown'
  const failing = results.violations.filter((v) => FAILING_IMPACTS.includes(v.impact))
  const warnings = results.violations.filter((v) => !FAILING_IMPACTS.includes(v.impact))
  const where = `"${label}" (${new URL(results.url).pathname}${new URL(results.url).search}, ${size})`

  for (const v of warnings) {
    const targets = v.nodes.slice(0, 2).map((n) => n.target.join(' '))
    console.warn(
      `a11y warning on ${where}: ${v.id} (${v.impact}) ${v.help}; ${v.nodes.length} element(s), e.g. ${targets.join(', ')}`,
    )
  }
  if (results.scrollsSideways && viewport && viewport.width <= MOBILE.width) {
    console.warn(`a11y warning on ${where}: the page scrolls sideways (WCAG 1.4.10 reflow)`)
  }

  if (report) {
    pagesChecked.push({
      journey,
      label,
      path: new URL(results.url).pathname + new URL(results.url).search,
      viewport: size,
      checkedAt: new Date().toISOString(),
      passed: failing.length === 0,
      scrollsSideways: results.scrollsSideways,
      failures: failing.map(summarise),
      warnings: warnings.map(summarise),
    })
    await writeReport()
  }

  if (failing.length > 0) {
    // E2E_A11Y=report: a survey run that lists every page's violations without stopping a journey.
    if (process.env.E2E_A11Y === 'report') {
      console.warn(`a11y FAILURE (not enforced, E2E_A11Y=report) on ${where}:\n${failing.map(describe).join('\n')}`)
      return results.violations
    }
    throw new AssertionError({
      message:
        `Accessibility (axe-core ${axeVersion}): ${failing.length} serious/critical ` +
        `violation${failing.length === 1 ? '' : 's'} on ${where}:\n${failing.map(describe).join('\n')}`,
    })
  }
  return results.violations
}

/**
 * Captures the current page at 1366×768 (the first screen, and the full page) and at 390×844
 * (the full page) into target/e2e/screenshots/<name>-<size>.png, checks it with checkA11y at
 * 390×844 as well, and puts the viewport back as it was.
 */
export async function screenshotBoth(page, name, options = {}) {
  await mkdir(screenshotsDir, { recursive: true })
  const original = page.viewportSize()
  const file = (suffix) => path.join(screenshotsDir, `${name}-${suffix}.png`)
  try {
    await page.setViewportSize(DESKTOP)
    await settle(page)
    await page.screenshot({ path: file(`${DESKTOP.width}x${DESKTOP.height}`) })
    await page.screenshot({ path: file(`${DESKTOP.width}x${DESKTOP.height}-full`), fullPage: true })
    await page.setViewportSize(MOBILE)
    await settle(page)
    await page.screenshot({ path: file(`${MOBILE.width}x${MOBILE.height}`), fullPage: true })
    await checkA11y(page, `${name} @${MOBILE.width}x${MOBILE.height}`, options)
  } finally {
    if (original) {
      await page.setViewportSize(original)
      await settle(page)
    }
  }
}

/** Writes this journey's pages, then merges every journey's file into a11y-report.json. */
async function writeReport() {
  await mkdir(journeyReportsDir, { recursive: true })
  await writeAtomically(
    path.join(journeyReportsDir, `${journey}.json`),
    JSON.stringify({ journey, pages: pagesChecked }, null, 2),
  )
  // Journeys may run in parallel processes: merge under a lock file, the last one sees all.
  const lock = path.join(artifactsDir, '.a11y-report.lock')
  let handle = null
  for (let tries = 0; tries < 50 && !handle; tries++) {
    handle = await open(lock, 'wx').catch(() => null)
    if (!handle) await new Promise((resolve) => setTimeout(resolve, 40))
  }
  // A lock left by a journey that was killed mid-write: take it over.
  if (!handle) await rm(lock, { force: true })
  try {
    const pages = []
    for (const entry of (await readdir(journeyReportsDir)).sort()) {
      if (!entry.endsWith('.json')) continue
      const text = await readFile(path.join(journeyReportsDir, entry), 'utf8').catch(() => null)
      if (text) pages.push(...JSON.parse(text).pages)
    }
    const byRule = {}
    for (const p of pages) {
      for (const v of [...p.failures, ...p.warnings]) {
        byRule[v.id] ??= { impact: v.impact, help: v.help, pages: 0 }
        byRule[v.id].pages += 1
      }
    }
    const summary = {
      axeVersion,
      tags: A11Y_TAGS,
      failOn: FAILING_IMPACTS,
      generatedAt: new Date().toISOString(),
      pagesChecked: pages.length,
      pagesFailing: pages.filter((p) => !p.passed).length,
      byRule,
      pages,
    }
    await writeAtomically(a11yReportFile, `${JSON.stringify(summary, null, 2)}\n`)
  } finally {
    if (handle) {
      await handle.close()
      await rm(lock, { force: true })
    }
  }
}

async function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
}
