import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    // Slow-plugin timing hints go to stderr, which the Maven build reports as errors.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
})
