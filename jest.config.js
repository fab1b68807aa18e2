/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx" }, isolatedModules: true },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-runtime.ts"],
  testTimeout: 120000,
};
