/** Browser tests: real Chromium (playwright-core) against the built dist/. Run `npm run build` first. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/test/e2e/**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  // Launching a browser and loading Office.js is seconds, not milliseconds.
  testTimeout: 60000,
  maxWorkers: 1,
};
