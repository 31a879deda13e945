/**
 * The content ships in the task-pane bundle: only schema.ts may pull in zod (tests import it),
 * and no content file may reach for Node, the DOM, React or Office.
 */
import * as fs from "fs";
import * as path from "path";

const CONTENT_DIR = path.resolve(__dirname, "..", "..", "src", "content");

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [
    ...source.matchAll(
      /\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/g
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3]);
}

describe("content bundle hygiene", () => {
  const files = contentFiles(CONTENT_DIR);

  it("finds the content files", () => {
    expect(files.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(["index.ts", "schema.ts", "blocks.ts"])
    );
  });

  it("imports zod only in schema.ts", () => {
    const withZod = files
      .filter((file) => importsOf(file).includes("zod"))
      .map((file) => path.relative(CONTENT_DIR, file));
    expect(withZod).toEqual(["schema.ts"]);
  });

  it("imports nothing but its own files (and the stemmer the cues may use)", () => {
    const foreign = files.flatMap((file) =>
      importsOf(file)
        .filter(
          (name) => !name.startsWith(".") && name !== "zod" && !name.startsWith("@orama/stemmers")
        )
        .map((name) => `${path.relative(CONTENT_DIR, file)} → ${name}`)
    );
    expect(foreign).toEqual([]);
  });
});
