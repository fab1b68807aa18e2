/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest transpiles file by file; `npm run typecheck` type-checks.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  testTimeout: 120000,
};
