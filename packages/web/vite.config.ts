import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const source = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url));

/**
 * Every browser on a municipal PC reads WOFF2; dropping the WOFF fallbacks halves the shipped
 * font files (the Japanese font comes split into ~120 subsets per weight).
 */
function woff2Only(): Plugin {
  return {
    name: 'gyokaku:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/.+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]+\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  plugins: [woff2Only(), react(), tailwindcss()],
  resolve: {
    // Build from the workspace sources so the client never bundles a stale `dist`.
    alias: {
      '@gyokaku/contracts': source('contracts'),
      '@gyokaku/domain': source('domain'),
    },
  },
  build: {
    // The server's CSP forbids inline scripts, and the polyfill is injected as one.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
