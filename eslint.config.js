// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/** Imports each layer may not use: the layering of DESIGN.md, enforced rather than hoped for. */
const layer = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'shared/ is pure: no Node APIs.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      'bin/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: layer([
      nodeBuiltins,
      {
        group: ['electron', 'react', 'react-dom', 'react/*', 'lowdb', 'lowdb/*'],
        message: 'shared/ is pure: no UI, Electron or storage.',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ imports neither electron/ nor renderer/.',
      },
    ]),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer([
      {
        group: ['electron'],
        message: 'services and the CLI run in plain Node and never import electron.',
      },
      {
        group: ['**/renderer/**', 'react', 'react-dom'],
        message: 'electron/ never imports the renderer.',
      },
    ]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer([
      {
        group: ['**/renderer/**', 'react', 'react-dom'],
        message: 'electron/ never imports the renderer.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        nodeBuiltins,
        {
          group: ['electron', '**/electron/**', 'lowdb', 'lowdb/*'],
          message: 'renderer/ reaches the main process only through window.api.',
        },
      ]),
    },
  },
  {
    files: [
      'tests/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{js,ts}',
      '*.config.{js,ts}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
)
