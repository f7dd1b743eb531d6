import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-output/',
      'bench-output/',
      'geodata/',
      '.prof/',
      '.scratch-import/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Panels render source text as text only: never {@html}.
      'svelte/no-at-html-tags': 'error',
      // TypeScript checks names (svelte-check); ESLint's scope analysis does not know type-only globals.
      'no-undef': 'off',
    },
  },
  {
    // Panels render the state and call its methods: no I/O, no workers, no import code of their
    // own (README, "Architecture"). tests/unit/state/panels-through-state.test.ts checks the same.
    files: ['src/lib/panels/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workers/*', '**/data/*', '**/import/*'],
              message:
                'A panel goes through the state (src/lib/state/): hand the I/O to the Dashboard as a port in App.svelte.',
            },
          ],
        },
      ],
    },
  },
);
