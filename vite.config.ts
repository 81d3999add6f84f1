import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const tab = (file: string) => fileURLToPath(new URL(`./tab/${file}`, import.meta.url));

/**
 * The tab's pages. The local Teams host (`local-host/`) is a development tool: `npm run dev` serves it
 * from source, and only a `--mode local-host` build (the end-to-end tests) includes it.
 */
export default defineConfig(({ mode }) => ({
  root: tab(''),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/tab', import.meta.url)),
    emptyOutDir: true,
    // Lists each page's chunks: the initial JS of the tab is `index.html`'s entry and its static imports.
    manifest: true,
    rolldownOptions: {
      input: {
        index: tab('index.html'),
        config: tab('config.html'),
        ...(mode === 'local-host' ? { host: tab('local-host/index.html') } : {}),
      },
    },
  },
}));
