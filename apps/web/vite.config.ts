import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { appShellShims } from './build/vite-app-shell-shims';
import { bootStrings } from './build/vite-boot-strings';
import { cjkFont } from './build/vite-cjk-font';
import { earlyRequests } from './build/vite-early-requests';
import { zodWithoutJsonSchema } from './build/vite-zod-without-json-schema';

const BFF = 'http://127.0.0.1:8080';

/**
 * Mantine's ScrollArea (inside every Table) imports only `useMergeRefs` from @floating-ui/react;
 * since other pages use Popover/Select, the shared chunk would carry all of floating-ui. This
 * points ScrollArea at a ten-line equivalent (src/lib/merge-refs.ts). If Mantine moves the
 * file, the plugin stops matching and the build is merely larger, never broken.
 */
function scrollAreaMergeRefs(): Plugin {
  const shim = new URL('./src/lib/merge-refs.ts', import.meta.url).pathname;
  return {
    name: 'gc:scroll-area-merge-refs',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromScrollArea = importer?.includes('/@mantine/core/esm/components/ScrollArea/');
      return source === '@floating-ui/react' && fromScrollArea ? shim : null;
    },
  };
}

/**
 * The server build (`vite build --ssr`): the gateway lists' render for the BFF, one
 * self-contained ESM file under `dist/.ssr/` (a dot directory, which the BFF never serves).
 */
const ssrBuild = defineConfig({
  plugins: [bootStrings(new URL('.', import.meta.url).pathname), scrollAreaMergeRefs(), react()],
  ssr: { noExternal: true, target: 'node' },
  publicDir: false,
  // Bundled in, React and friends would otherwise pick their development builds at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/.ssr',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'entry-server.js' } },
  },
});

export default defineConfig((env) => (env.isSsrBuild ? ssrBuild : browserBuild));

const browserBuild = defineConfig({
  plugins: [
    earlyRequests(),
    bootStrings(new URL('.', import.meta.url).pathname),
    scrollAreaMergeRefs(),
    appShellShims(new URL('.', import.meta.url).pathname),
    zodWithoutJsonSchema(),
    react(),
    cjkFont(new URL('.', import.meta.url).pathname),
  ],
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
    // dist/.vite/manifest.json: the BFF's SPA handler preloads a list page's route code from it.
    manifest: true,
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
