import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', '.tmp/**', 'addin/dist/**', 'addin/vendor/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // botbuilder stays inside the bot adapter layer so the SDK can be replaced.
      'no-restricted-imports': ['error', { patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Import botbuilder only in src/bot/adapter/.' }] }],
    },
  },
  {
    files: ['src/bot/adapter/**', 'test/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['addin/**/*.js'],
    languageOptions: { globals: { Office: 'readonly', window: 'readonly', document: 'readonly', fetch: 'readonly', console: 'readonly' } },
  },
);
