// One lint for the whole tree (npm run lint): typescript-eslint's type-aware rules, no import cycles
// outside two-sided entity relations, and the layer boundaries of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

/** Layers that point one way: each zone may not import from the paths listed against it. */
const boundaries = [
  {
    target: './src/core',
    from: ['./src/app', './src/modules', './src/auth', './src/db', './src/model', './src/config.ts', './src/main.ts'],
    message: 'core is the toolkit: it knows no domain and no wiring.',
  },
  {
    target: './src/model',
    from: ['./src/app', './src/modules', './src/auth', './src/db', './src/core', './src/config.ts', './src/main.ts'],
    message: 'model is pure: plain inputs in, plain numbers out.',
  },
  {
    target: './src/auth',
    from: ['./src/app', './src/modules', './src/db', './src/config.ts', './src/main.ts'],
    message: 'auth sits under the modules: roles, viewers and tenant scopes only.',
  },
  {
    target: './src/modules',
    from: ['./src/app', './src/db', './src/config.ts', './src/main.ts'],
    message: 'modules never import the wiring (src/app, src/db, config, main).',
  },
  {
    target: './web',
    from: ['./src', './seeds', './bench', './test'],
    message: 'the dashboard talks to the API over HTTP only: it imports schema/client and its own files.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'schema/client/**',
      'src/db/migrations/**',
      'web/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.json', './web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Modules add their loaders to Context's Loaders by declaration merging (docs/ARCHITECTURE.md).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Apollo's plugin hooks and interface methods return promises; `async` says so even without an await.
      '@typescript-eslint/require-await': 'off',
      // MikroORM's Opt<> and Loaded<> wrappers hide the enum type of entity fields from this rule.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    // Two-sided entity relations (A has many B, B belongs to A) are cycles by nature; any other cycle fails.
    files: ['src/modules/**/*.entity.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['web/scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    // jest.config.js decides at start whether the end-to-end suite can run (Node's own modules).
    files: ['jest.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
