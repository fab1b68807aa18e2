/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest transpiles file by file; `npm run typecheck` type-checks.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    // ml-levenberg-marquardt and its is-any-array ship only ES modules: transpiled to CommonJS for jest.
    "/node_modules/(ml-levenberg-marquardt|is-any-array)/.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "CommonJS", isolatedModules: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(ml-levenberg-marquardt|is-any-array)/)"],
  // The task pane imports csv-parse's browser build (ESM, its own Buffer); Node tests use the Node build of the same version.
  moduleNameMapper: { "^csv-parse/browser/esm/sync$": "csv-parse/sync" },
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  testTimeout: 120000,
};
