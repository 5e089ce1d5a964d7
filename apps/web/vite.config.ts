import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const BFF = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: BFF, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', proxy: { '/api': { target: BFF } } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // The contracts only declare zod schemas, but a module-level `z.object()` call looks like
        // a side effect, so every schema (VPN, IPv6, audit…) would ship with every page. Marking
        // them pure lets each page carry only the schemas it uses.
        moduleSideEffects: (id: string) => !id.includes('/packages/contracts/src/'),
      },
    },
  },
});
