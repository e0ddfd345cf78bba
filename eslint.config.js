import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'src/auto-imports.d.ts',
      'src/components.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // User text must never be rendered as HTML.
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain layer is pure: no Vue, no Dexie, no browser or Node storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'vue',
            'pinia',
            'dexie',
            '@/db/*',
            '@/stores/*',
            '@/views/*',
            '@/components/*',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vue', 'pinia', '@/stores/*', '@/views/*', '@/components/*'] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vue', 'pinia', 'dexie', '@/db/*', '@/stores/*', '@/views/*'] },
      ],
    },
  },
  {
    files: ['src/views/**/*.{ts,vue}', 'src/components/**/*.{ts,vue}'],
    rules: {
      // Pages talk to stores, never to the database directly.
      'no-restricted-imports': ['error', { patterns: ['dexie', '@/db/*', '@/db'] }],
    },
  },
  prettier,
)
