import * as fs from "fs";
import { reviewDocument } from "../../src/analysis";
import { describeWithShared, sharedPath } from "../shared";

interface Row {
  id: string;
  text: string;
  themes: string[];
  trap?: string;
}

describeWithShared(["eval", "train.jsonl"])("the training file's traps (c…)", () => {
  const rows: Row[] = fs
    .readFileSync(sharedPath("eval", "train.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => row.id.startsWith("c"));
  const verdict = (row: Row): string[] =>
    reviewDocument([row.text])
      .paragraphs[0].themes.map((theme) => theme.id)
      .sort();

  test("there are traps to test", () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  // The cases the issue names: look-alike words, need vs denial, headings, budget lines.
  test.each([
    "c001",
    "c002",
    "c003",
    "c005",
    "c006",
    "c007",
    "c009",
    "c010",
    "c016",
    "c018",
    "c022",
    "c023",
    "c024",
    "c033",
    "c034",
    "c048",
  ])("%s exactly as labelled", (id) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row).toBeDefined();
    expect(verdict(row as Row)).toEqual([...(row as Row).themes].sort());
  });

  test("at least 90% of all traps exactly as labelled, and no trap without a theme gets more than one", () => {
    let exact = 0;
    for (const row of rows) {
      const got = verdict(row);
      if (got.join() === [...row.themes].sort().join()) exact++;
      if (row.themes.length === 0)
        expect({ id: row.id, got: got.length <= 1 }).toEqual({ id: row.id, got: true });
    }
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});
