// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.stockctl/**', 'test-artifacts/**', 'cli/dashboard/assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The layers point one way (README, "Layout"); test/layers.test.ts checks the same, and cycles.
    files: ['producer/**/*.ts', 'sql/**/*.ts', 'config/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**', '**/bench/**', '**/test/**'], message: 'producer/, sql/ and config/ stand on their own: the CLI, bench and tests use them, not the reverse.' }] }],
    },
  },
);
