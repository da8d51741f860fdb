// Lint configuration: typescript-eslint's recommended rules, blocking (npm run lint uses --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', 'graph-ui/dist/**', 'data/**', 'coverage/**', 'tests/artifacts/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // The CLI, the server entry, benchmarks and evaluations are edges: they print.
    files: ['bin/**', 'bench/**', 'tests/eval/**', 'server/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
