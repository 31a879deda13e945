/** `--blocks FILE`: own blocks from a library file join the suggestions; a bad file is one Dutch line, exit 2. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { libraryFileText } from "../../src/own-blocks/library-file";
import { cli, expectOneDutchLine } from "./cli-io";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-blocks-"));
const draft = path.join(dir, "aanvraag.txt");
fs.writeFileSync(draft, "Wij organiseren een buurtfeest in de zomer.\n");
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const library = write(
  "team.argumentenhulp.json",
  libraryFileText([
    {
      id: "eigen-koffie",
      title: "Koffie op dinsdag",
      text: "Elke dinsdag drinken dertig bewoners samen koffie in het buurthuis.",
      themes: ["relaties"],
      audiences: ["fonds"],
      placeholders: [],
    },
  ])
);

test("an own block is suggested for its theme, marked as the user's own", async () => {
  const result = await cli(["review", draft, "--blocks", library]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/Eigen tekstblok \(Koffie op dinsdag\):\n\s+"Elke dinsdag drinken/);
  const json = JSON.parse((await cli(["review", draft, "--blocks", library, "--json"])).stdout);
  expect(
    json.suggestions.find((s: { themeId: string }) => s.themeId === "relaties").ownBlockIds
  ).toEqual(["eigen-koffie"]);
});

test.each([
  ["a corrupt file", () => write("kapot.argumentenhulp.json", "{ niet af"), /geen geldige JSON/],
  [
    "another program's file",
    () => write("package.json", '{"name": "x", "version": "1.0.0"}'),
    /ander programma/,
  ],
  [
    "a newer version",
    () =>
      write(
        "nieuw.argumentenhulp.json",
        JSON.stringify({ format: "argumentenhulp-bibliotheek", version: 9, blocks: [] })
      ),
    /nieuwere versie/,
  ],
  ["a file that is not there", () => path.join(dir, "weg.json"), /bestaat niet/],
])("%s: exit 2, one Dutch line", async (_name, file, message) => {
  expectOneDutchLine(await cli(["review", draft, "--blocks", file()]), message);
});

test("a 20 MB file is refused by its size without being read", async () => {
  const big = write("groot.argumentenhulp.json", Buffer.alloc(20_000_000, 32));
  const readFile = jest.fn(async (p: string) => fs.promises.readFile(p));
  const result = await cli(["review", draft, "--blocks", big], { io: { readFile } });
  expectOneDutchLine(result, /te groot \(20 MB\)/);
  expect(readFile).not.toHaveBeenCalledWith(big);
});

test("--blocks needs a value", async () => {
  expectOneDutchLine(await cli(["review", draft, "--blocks"]), /--blocks heeft een waarde nodig/);
});

test("an own block of two paragraphs is quoted with each paragraph on a line of its own", async () => {
  const twoParagraphs = write(
    "alineas.argumentenhulp.json",
    libraryFileText([
      {
        id: "eigen-over-ons",
        title: "Over ons",
        text: "Over ons\nElke dinsdag drinken dertig bewoners samen koffie in het buurthuis.",
        themes: ["relaties"],
        audiences: ["fonds"],
        placeholders: [],
      },
    ])
  );
  const result = await cli(["review", draft, "--blocks", twoParagraphs]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(
    /Eigen tekstblok \(Over ons\):\n {6}"Over ons\n {6}Elke dinsdag drinken .*buurthuis\."\n/
  );
});

test("an own block standing in the draft is marked as the user's own, in the text and in --json", async () => {
  const inDraft = write(
    "met-blok.txt",
    "Wij organiseren een buurtfeest in de zomer.\n\nElke dinsdag drinken dertig  bewoners samen koffie in het buurthuis.\n"
  );
  const result = await cli(["review", inDraft, "--blocks", library]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(
    /alinea 2 \(eigen tekstblok ‘Koffie op dinsdag’\): "\*Elke dinsdag/
  );
  expect(result.stdout).not.toMatch(/tekstblok uit het rapport, [^)]*\): "\*Elke dinsdag/);
  // No longer offered: it is there already.
  expect(result.stdout).not.toContain("Eigen tekstblok (Koffie op dinsdag):");
  const json = JSON.parse((await cli(["review", inDraft, "--blocks", library, "--json"])).stdout);
  const relaties = json.paragraphs[1].themes.find((t: { id: string }) => t.id === "relaties");
  expect(relaties.fromOwnBlock).toEqual({ block: "eigen-koffie", title: "Koffie op dinsdag" });
  expect(relaties.fromReport).toBeUndefined();
});
