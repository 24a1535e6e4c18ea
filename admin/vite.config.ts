import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = process.env.SEND_QA_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // `source`: workspace packages shared with the API (its dates module) are bundled from their TypeScript.
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    // The CSV writer's Node build needs Buffer; its browser build carries its own.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  },
  server: {
    // The committed GraphQL schema lives at the workspace root (../schema).
    fs: { allow: [repoRoot] },
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    // The feature list (src/features/index.ts) awaits its manifests at the top level.
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
});
