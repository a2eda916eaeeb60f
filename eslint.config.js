import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Layers inside shared code: each imports only the layers below it. */
const sharedLayerZones = [
  {
    target: './src/lib',
    from: ['./src/db', './src/hooks', './src/components', './src/pwa'],
    message: 'src/lib sits below everything: it imports only other lib files.',
  },
  {
    target: './src/db',
    from: ['./src/hooks', './src/components', './src/pwa'],
    message: 'The database layer imports only src/lib.',
  },
  {
    target: './src/components',
    from: ['./src/db', './src/hooks'],
    message: 'Shared components take data and actions as props; they never reach the database.',
  },
  {
    target: './src/pwa',
    from: ['./src/db', './src/hooks'],
    message: 'The PWA layer writes no settings: storage status belongs to the settings feature.',
  },
]

/** Shared code never imports a feature or the app; a feature never imports another, nor the app. */
const featureZones = [
  {
    // One folder per entry: brace globs in `target` match nothing (the probe test caught it).
    target: ['./src/components', './src/db', './src/hooks', './src/lib', './src/pwa'],
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app layer.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features must not import each other; compose them in src/app.',
  })),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'test-results',
      'playwright-report',
      'node_modules',
      '.lighthouse',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is always shown as text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the CSP forbids it.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No eval: the CSP forbids it.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Steady sends nothing anywhere.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message:
                "Use '@/components/link': react-router's own carry framework prefetching into the first load.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  // One-way layers, checked on resolved paths, so `@/…` aliases and `../../` relative imports are
  // caught alike: lib ← db ← hooks ← components/pwa ← features ← app. No import cycles in src.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts/.tsx files as unknown and no cycle through them is seen.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...sharedLayerZones, ...featureZones] },
      ],
    },
  },
  {
    // A test may set the scene through any shared layer (a db test saves settings the app's way);
    // it still never reaches into a feature from shared code, nor across features.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: featureZones },
      ],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx,mjs}',
      'deploy/**/*.{mjs,mts}',
      '*.config.{ts,js}',
      'vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Playwright fixtures receive a callback named `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
