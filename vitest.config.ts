import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One project per package, so a failure names its package and the web suite gets a DOM.
export default defineConfig({
  test: {
    projects: [
      {
        // Property tests run thousands of cases: give them room on a busy 2-core machine.
        test: {
          name: 'signer',
          root: 'packages/signer',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      // Parity recordings (issue 20): record on one emulator, check against another.
      {
        test: {
          name: 'parity',
          root: 'parity',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      { test: { name: 'contracts', root: 'packages/contracts', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'vpc-client',
          root: 'packages/vpc-client',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'emulator',
          root: 'packages/emulator',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'bff',
          root: 'apps/bff',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'web',
          root: 'apps/web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          testTimeout: 20_000,
        },
      },
      { test: { name: 'bench', root: 'bench', include: ['**/*.test.ts'] } },
      // The web app's build steps (the CJK font subset) run in Node, without the DOM setup.
      { test: { name: 'web-build', root: 'apps/web', include: ['build/**/*.test.ts'] } },
    ],
    passWithNoTests: true,
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core CI
    // machine, idle while a test waits on a child process, a socket or a timer. Files never share
    // state (each gets its own fork, ports are 0, databases get fresh schemas), so they can overlap.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
