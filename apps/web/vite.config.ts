import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

// The app and the offline GraphiQL are two entries; the api serves the second only outside production.
export default defineConfig({
  root: __dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: resolve(__dirname, 'index.html'), graphiql: resolve(__dirname, 'graphiql.html') },
      // antd marks modules "use client" (a React Server Components hint that means nothing in a browser bundle).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/export': api,
      '/events': { target: api, bypass: (req) => (req.url?.endsWith('.ics') ? undefined : req.url) },
      '/health': api,
    },
  },
});
