// Three tiers (see ../shared/STYLE.md): unit specs beside the code, integration specs per app,
// end-to-end specs under test/e2e. Integration and e2e talk to real Kafka, Redis and SMTP, which
// scripts/setup.js starts before Jest runs.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const moduleNameMapper = {
  '^@sitrep/(.*)$': '<rootDir>/libs/$1/src',
};
const base = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname, setupFiles: ['reflect-metadata'] };
module.exports = {
  // Integration and end-to-end tests wait on real services; unit tests finish in milliseconds anyway.
  testTimeout: 180_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/apps/**/test/*.int-spec.ts', '<rootDir>/libs/**/test/*.int-spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/*.e2e-spec.ts'] },
  ],
};
