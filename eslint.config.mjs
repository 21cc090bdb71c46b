// ESLint 9 flat config: type-aware typescript-eslint rules for the server (apps/api, libs) and its tests.
// Rules are switched off only where they fire on a deliberate pattern, each with its reason.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const SPECS = ['test/**/*.ts', '**/*.spec.ts'];

export default tseslint.config(
  {
    // apps/web (React, Vite, its own tsconfig) is checked by `npm run typecheck:web`; not linted here yet.
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'apps/web/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  {
    files: ['apps/api/**/*.ts', 'libs/**/*.ts', 'test/**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a value dropped on purpose (`const { password: _p, ...rest } = user`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // String enums are compared with their literal values on purpose: entity columns and GraphQL hold the strings.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // 15 redundant casts predate the linter; not bugs. Turn on with the tree-wide reformat (`eslint --fix`).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Its module keeps jieba's dictionary and IDF table (11 MB) for the life of the process.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@node-rs/jieba/dict', message: 'Use readJiebaDictionary / readJiebaIdf (@app/text-analysis).' },
          ],
        },
      ],
    },
  },
  {
    // Static `Model.from` factories are passed to `.map()`; none of them uses `this`.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // These regexes strip or reject control characters in user input: that is their job.
    files: ['apps/api/src/graphql/text-safety.pipe.ts', 'libs/identity/src/services/password.service.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // `async` without `await` implements a Promise-returning interface (search port, Apollo plugin, mail transport,
    // transaction callbacks) and turns a throw into a rejection, which the callers expect.
    files: [
      'libs/search/src/**/*.ts',
      'libs/mail/src/**/*.ts',
      'libs/matching/src/eval/**/*.ts',
      'apps/api/src/graphql/**/*.ts',
      'libs/catalog/src/search-sync/search-sync.relay.ts',
      'libs/events/src/services/event.service.ts',
      'libs/identity/src/services/user.service.ts',
    ],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Raw SQL: TypeORM's `em.query()` returns `any[]`; the rows are read by their column aliases.
    files: ['libs/catalog/src/search-sync/*.ts', 'apps/api/src/demo/demo-data.service.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  {
    // Bench/eval tools read Nest's untyped `getHttpServer()`; they are not part of the server image.
    files: ['apps/api/src/tools/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-call': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  {
    // opencc-js's bundled types do not resolve for typescript-eslint (its Converter is an error type); tsc is fine.
    files: ['libs/text-analysis/src/normalize.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Tests read GraphQL/JSON responses (`res.body.data.x`), untyped by nature; a wrong shape fails the test anyway.
    // Fakes implement async interfaces without awaiting, and setTimeout callbacks settle promises via resolve/reject.
    files: SPECS,
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'no-unsafe-optional-chaining': 'off',
    },
  },
);
