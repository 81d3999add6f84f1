import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'tab',
  plugins: [react()],
  build: {
    outDir: '../dist/tab',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3978', '/local-issuer': 'http://127.0.0.1:3978' },
  },
});
