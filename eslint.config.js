import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import compat from 'eslint-plugin-compat'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { layerRules } from './eslint.layers.js'

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
  ...layerRules,
  {
    // Browser compatibility (issue 18): the app's own code must run in the engines of package.json
    // "browserslist" (Chromium 86 and its years), the list vite.config.ts builds for. Newer built-ins
    // are allowed only where src/polyfills supplies them; anything else newer is reported here.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/cli/**', 'src/**/*.d.ts'],
    plugins: { compat },
    settings: {
      lintAllEsApis: true,
      polyfills: [
        // The plugin names instance methods by their type alone (Array.at, not Array.prototype.at).
        'Array.at',
        'Array.findLast',
        'Array.findLastIndex',
        'String.at',
        'Object.hasOwn',
        'structuredClone',
      ],
    },
    rules: {
      'compat/compat': 'error',
      // Static methods the plugin's data does not know yet; randomUUID also needs a secure context.
      'no-restricted-properties': [
        'error',
        ...[
          ['Object', 'groupBy'],
          ['Map', 'groupBy'],
          ['Promise', 'withResolvers'],
          ['Array', 'fromAsync'],
          ['AbortSignal', 'timeout'],
          ['AbortSignal', 'any'],
          ['crypto', 'randomUUID'],
        ].map(([object, property]) => ({
          object,
          property,
          message:
            'Newer than the browser list (package.json "browserslist"): add it to src/polyfills or do without.',
        })),
      ],
    },
  },
  {
    // Parsed by IE and old engines before anything else loads: ES5, a classic script.
    files: ['public/browser-check.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    // ES5 has no optional catch binding: the caught error has to be named even when unused.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  prettier,
)
