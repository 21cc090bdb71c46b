// Nest 12 and meilisearch ship ESM only; Jest 30 on Node 20 cannot require them, so SWC transforms them too.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|meilisearch)/)'],
  moduleNameMapper: {
    '^@app/(core|database|identity|catalog|text-analysis|search|matching|events|mail)$': '<rootDir>/libs/$1/src',
    // Test and eval code behind their own entry points; production indexes never export it.
    '^@app/(search|matching)/(eval|testing)$': '<rootDir>/libs/$1/src/$2',
    '^@app/database/testing$': '<rootDir>/libs/database/src/testing',
  },
  testEnvironment: 'node',
  // apps/web has its own TypeScript config and Vitest.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testTimeout: 60000 },
  ],
};
