import { fileURLToPath, URL } from 'node:url'
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Times are shown in the viewer's time zone (src/lib/format.ts): tests read them in UTC, wherever
// they run. Node applies TZ to the worker processes started after this.
process.env.TZ = 'UTC'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      root: fileURLToPath(new URL('./', import.meta.url)),
      exclude: [...configDefaults.exclude, 'e2e/**', 'target/**', 'node/**'],
    },
  }),
)
