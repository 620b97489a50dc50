// Budget for the first page load: gzips the JavaScript that index.html loads up front (its module
// entry scripts and modulepreloads, not the lazily imported route and chart chunks), prints the
// total and fails the build above the limit.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const LIMIT_KB = 170
const outDir = fileURLToPath(new URL('../target/classes/public/', import.meta.url))
const indexFile = path.join(outDir, 'index.html')

if (!existsSync(indexFile)) {
  console.error(`check-bundle-size: ${indexFile} not found; run vite build first`)
  process.exit(1)
}

const html = readFileSync(indexFile, 'utf8')
const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)]
const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)]
const files = [...new Set([...scripts, ...preloads].map((m) => m[1]))].filter(
  (src) => !/^[a-z]+:\/\//i.test(src),
)

if (files.length === 0) {
  console.error('check-bundle-size: no entry script found in index.html')
  process.exit(1)
}

let total = 0
for (const src of files) {
  const file = path.join(outDir, src.replace(/^\//, ''))
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length
  total += gzipped
  console.log(`  ${src}: ${(gzipped / 1024).toFixed(1)} KB gzipped`)
}

const kb = total / 1024
console.log(`initial JS: ${kb.toFixed(1)} KB gzipped (limit ${LIMIT_KB} KB)`)
if (kb > LIMIT_KB) {
  console.error(`initial JS is over the ${LIMIT_KB} KB budget`)
  process.exit(1)
}
