import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Dependencies point one way (see README "Layout"): lint enforces the package roles.
const restrict = (patterns) => ['error', { patterns }];

// Folders under apps/web/src/features: each is closed to the others.
const WEB_FEATURES = readdirSync(new URL('./apps/web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.auth/**',
      '**/*.fixture.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/contracts/src/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@gc/*', 'node:*'], message: 'contracts depends on zod only' },
      ]),
    },
  },
  {
    files: ['packages/signer/src/**'],
    ignores: ['**/*.test.ts', '**/*.fixture.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@gc/*', 'undici', 'fast-xml-parser'],
          message: 'signer depends on node:crypto only',
        },
      ]),
    },
  },
  {
    files: ['packages/vpc-client/src/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@gc/emulator', '@gc/contracts', '@gc/bff'],
          message: 'vpc-client depends on signer, undici and fast-xml-parser',
        },
      ]),
    },
  },
  {
    files: ['packages/emulator/src/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@gc/vpc-client', '@gc/contracts', '@gc/bff'],
          message: 'emulator depends on signer only',
        },
      ]),
    },
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        {
          group: ['@gc/signer', '@gc/vpc-client', '@gc/emulator', 'node:*'],
          message: 'web depends on contracts only: credentials and signing never reach the browser',
        },
      ]),
    },
  },
  // A feature never imports another feature: shared pieces live in components/ui or lib.
  ...WEB_FEATURES.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@gc/signer', '@gc/vpc-client', '@gc/emulator', 'node:*'],
          message: 'web depends on contracts only: credentials and signing never reach the browser',
        },
        {
          group: WEB_FEATURES.filter((other) => other !== feature).flatMap((other) => [
            `**/features/${other}`,
            `**/features/${other}/**`,
            `../${other}`,
            `../${other}/**`,
            `../../${other}/**`,
          ]),
          message:
            'a feature never imports another feature: move shared code to components/ui or lib',
        },
      ]),
    },
  })),
);
