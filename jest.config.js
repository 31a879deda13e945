/** Unit, adapter and UI tests. UI test files opt into jsdom with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  // office-addin-mock → office-addin-manifest → @microsoft/app-manifest pulls ESM-only packages.
  transformIgnorePatterns: [
    "/node_modules/(?!(@microsoft/app-manifest/node_modules/)?(strip-bom|uuid)/)",
  ],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
};
