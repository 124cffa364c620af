// Lint enforces the architecture: imports point inward (ui -> worker protocol -> core) and the
// core stays pure (no DOM, no timers, no ambient randomness or clocks) so the same scenario and
// seed give the same packets in the worker, the CLI and the tests (docs/architecture.md §2).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noAmbient = [
  ...[
    'window',
    'document',
    'self',
    'localStorage',
    'fetch',
    'setTimeout',
    'setInterval',
    'requestAnimationFrame',
    'navigator',
    'location',
    'process',
  ].map((name) => ({
    name,
    message: 'The core is pure: pass time, randomness and I/O in from the caller.',
  })),
];

/** What pure code (the core, src/text) may not import: the faces, the worker, UI packages, Node. */
const notPure = [
  '**/ui/**',
  '**/worker/**',
  '**/cli/**',
  '**/scenarios/**',
  'react',
  'react-dom',
  'zustand',
  '@xyflow/*',
  'monaco-editor',
  'monaco-yaml',
  'node:*',
  'fs',
  'path',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'src/ui/editor/k8s.schema.json',
      'scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: each .ts/.tsx file is checked with the tsconfig that owns it (tsconfig.json's references).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'Element', property: 'innerHTML' }],
      'react/no-danger': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...noAmbient],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng from core/random/rng.ts.' },
        { object: 'Date', property: 'now', message: 'Simulated time is passed in.' },
        { object: 'performance', property: 'now', message: 'Simulated time is passed in.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: notPure,
              message: 'core imports nothing of ours outside core, and no UI or Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/text words the core's codes for people (the data path's explanations in English and Korean,
    // Korean particles, the Latin-script check). Both faces read it: the page and the CLI (`--lang ko`),
    // so it may import neither of them, nor the worker; it reads the core through its entry points
    // (scripts/checkImports.ts) and is pure like the core (it runs in the page and in Node).
    files: ['src/text/**/*.ts'],
    ignores: ['src/text/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...noAmbient],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: notPure,
              message: 'src/text is read by both faces: it imports only the core (entry points) and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/cli/**', 'react', 'react-dom', 'zustand', '@xyflow/*', 'monaco-editor'],
              message: 'The worker depends on core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is data, never markup.' },
      ],
      // Type-only imports may cross the fence (they vanish from the bundle); run-time imports may not.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            // Pure core modules the page runs itself (no simulator code): the share-link codec, the
            // field-path formatter, the traffic source's and the client declaration's text forms, and the
            // wording of kubectl's playground notes (the console words them in the page's language). Imported directly, not through their
            // area's entry point, they keep the YAML parser and the schema tables out of the page's chunks.
            // (Type imports, like every import from outside the core, go through an entry point: scripts/checkImports.ts.)
            {
              group: [
                '**/core/*.ts',
                '**/core/*/**',
                '!**/core/share/linkCodec.ts',
                '!**/core/yaml/fieldPath.ts',
                '!**/core/dataplane/sourceText.ts',
                '!**/core/sim/clientText.ts',
                '!**/core/kubectl/playgroundNotes.ts',
              ],
              allowTypeImports: true,
              message:
                'At run time the UI reaches the core only through the worker protocol, the share-link codec, the field-path formatter, the source and client text forms and the kubectl notes (`import type` from a core entry point is fine).',
            },
            { group: ['**/cli/**'], message: 'The UI does not import the CLI.' },
          ],
        },
      ],
    },
  },
  {
    // Every write to the app store is an action of a slice (src/ui/slices/): outside them, code calls
    // actions and reads state, so what changes the page is listed in one place per slice.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/slices/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is data, never markup.' },
        {
          selector: "CallExpression[callee.object.name='useStore'][callee.property.name='setState']",
          message: 'Write the store through a slice action (src/ui/slices/), not useStore.setState.',
        },
      ],
    },
  },
  {
    // UI tests run the core in Node (through its entry points).
    files: ['src/ui/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: 'The UI does not import the CLI.' }] },
      ],
    },
  },
  {
    // The built-in lessons are data plus the catalog that assembles them with the core's lesson model;
    // nothing else of ours and no package, so the lessons can never grow logic of their own.
    files: ['src/scenarios/**/*.ts'],
    ignores: ['src/scenarios/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./\\.\\./core/lessons/)',
              message: 'src/scenarios imports only its own files and src/core/lessons (docs/architecture.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/worker/**', 'react', 'react-dom', 'zustand', '@xyflow/*', 'monaco-editor'],
              message: 'The CLI is a face of the core only.',
            },
          ],
        },
      ],
    },
  },
);
