/**
 * When the engine itself fails, that is our bug, not the user's input: one Dutch line, exit 1,
 * and still no stack trace on the user's screen.
 */
import { cli } from "./cli-io";

jest.mock("../../src/analysis", () => ({
  reviewDocument: () => {
    throw new TypeError(
      "Cannot read properties of undefined (reading 'score')\n    at judge (paragraph.ts:10:5)"
    );
  },
}));

it("an engine failure gives one Dutch line and exit 1", async () => {
  const result = await cli(["review", "-"], { stdin: "Wij bouwen aan relaties in de buurt." });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(
    /^Er ging onverwacht iets mis \(Cannot read properties of undefined \(reading 'score'\)\)\. Je bestand is niet veranderd[^\n]*\n$/
  );
  expect(result.stderr).not.toContain("paragraph.ts");
});
