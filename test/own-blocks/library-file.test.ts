/**
 * The library file: what goes out comes back the same, and every way a file can be wrong is
 * refused with a message that names it, without any of the file being used.
 */
import type { OwnBlock } from "../../src/content/types";
import {
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  MAX_LIBRARY_BYTES,
  libraryFileName,
  libraryFileText,
  readLibraryFile,
} from "../../src/own-blocks/library-file";
import { refusalMessage } from "../../src/own-blocks/messages";
import { mergeLibrary } from "../../src/own-blocks/merge";
import { placeholdersIn, ownBlockProblems } from "../../src/own-blocks/own-block";

const TEXT = "In [naam buurt] drinken elke dinsdag dertig bewoners samen koffie.";
const BLOCK: OwnBlock = {
  id: "eigen-koffie",
  title: "Koffie op dinsdag",
  text: TEXT,
  themes: ["relaties", "kleine-stappen"],
  audiences: ["fonds", "gemeente"],
  placeholders: placeholdersIn(TEXT),
};
const OTHER: OwnBlock = {
  id: "eigen-tuin",
  title: "De moestuin",
  text: "Twaalf buren onderhouden samen de moestuin achter het buurthuis.",
  themes: ["bewonersregie"],
  audiences: ["woningcorporatie"],
  placeholders: [],
};

function file(blocks: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, blocks, ...extra });
}

function refusal(content: string) {
  const reading = readLibraryFile(content);
  if (reading.ok) throw new Error("expected a refusal");
  return refusal_(reading.refusal);
}
const refusal_ = (r: Parameters<typeof refusalMessage>[0]) => ({
  kind: r.kind,
  message: refusalMessage(r, "team.argumentenhulp.json"),
});

describe("round trip", () => {
  test("blocks written to a file read back identical, name included", () => {
    const text = libraryFileText([BLOCK, OTHER], "Buurtteam Noord");
    expect(readLibraryFile(text)).toEqual({
      ok: true,
      name: "Buurtteam Noord",
      blocks: [BLOCK, OTHER],
    });
    expect(JSON.parse(text)).toMatchObject({ format: LIBRARY_FORMAT, version: 1 });
  });

  test("an empty library is a valid file too", () => {
    expect(readLibraryFile(libraryFileText([]))).toEqual({ ok: true, blocks: [] });
  });

  test("the file name says what it is", () => {
    expect(libraryFileName("Buurtteam Noord-Oost")).toBe(
      "buurtteam-noord-oost.argumentenhulp.json"
    );
    expect(libraryFileName("  ")).toBe("mijn-tekstblokken.argumentenhulp.json");
  });

  test("[…] in the text become placeholders of the report's model, each once", () => {
    expect(BLOCK.placeholders).toEqual([
      {
        key: "naam-buurt",
        label: { nl: "naam buurt", en: "naam buurt" },
        original: "[naam buurt]",
      },
    ]);
    expect(placeholdersIn("[a] en [a] en [b]").map((p) => p.original)).toEqual(["[a]", "[b]"]);
  });
});

describe("refusals: each names what is wrong and says the library is unchanged", () => {
  test("not JSON", () => {
    const r = refusal('{"format": "argumentenhulp-bibliotheek", "version": 1, "blocks": [');
    expect(r.kind).toBe("not-json");
    expect(r.message).toMatch(/geen geldige JSON.*niet veranderd/);
  });

  test.each([
    [
      "another program's JSON",
      JSON.stringify({ name: "my-app", version: "1.0.0", dependencies: {} }),
    ],
    ["a JSON list", "[1, 2, 3]"],
    ["a JSON string", '"tekst"'],
    ["null", "null"],
  ])("a foreign file: %s", (_name, content) => {
    const r = refusal(content);
    expect(r.kind).toBe("foreign");
    expect(r.message).toMatch(/ander programma.*niet veranderd/);
  });

  test("a file of a newer version is refused, naming the version", () => {
    const r = refusal(file([BLOCK], { version: LIBRARY_VERSION + 1 }));
    expect(r.kind).toBe("newer-version");
    expect(r.message).toMatch(
      new RegExp(`nieuwere versie.*bestandsversie ${LIBRARY_VERSION + 1}.*niet veranderd`)
    );
  });

  test("a file over 1 MB is refused, with its size", () => {
    const big = file([{ ...BLOCK, title: "x".repeat(MAX_LIBRARY_BYTES) }]);
    const r = refusal(big);
    expect(r.kind).toBe("too-large");
    expect(r.message).toMatch(/te groot \(1 MB\): .*hoogstens 1 MB/);
  });

  test.each([
    [
      "an unknown theme",
      { themes: ["koffie"] },
      /tekstblok 1 \(“Koffie op dinsdag”\), thema's: die waarde kent/,
    ],
    ["no theme", { themes: [] }, /thema's: die is leeg/],
    ["an unknown audience", { audiences: ["bank"] }, /doelgroepen: die waarde kent/],
    ["no text", { text: "  " }, /tekst: die is leeg/],
    ["an id unfit for a tag", { id: "a b" }, /id: die heeft niet de goede vorm/],
    ["a missing title", { title: undefined }, /titel: dat veld ontbreekt/],
    [
      "a placeholder not in the text",
      { placeholders: [{ key: "x", label: { nl: "x", en: "x" }, original: "[x]" }] },
      /invulveld \[x\] moet precies één keer/,
    ],
  ])("a block with %s", (_name, change, message) => {
    const r = refusal(file([OTHER, { ...BLOCK, ...change }].reverse()));
    expect(r.kind).toBe("invalid");
    expect(r.message).toMatch(message);
    expect(r.message).toMatch(/niet veranderd/);
  });

  test("the same id twice in one file", () => {
    const r = refusal(file([BLOCK, { ...OTHER, id: BLOCK.id }]));
    expect(r.message).toMatch(
      /tekstblok 2 \(“De moestuin”\), id: de id eigen-koffie staat er twee keer in/
    );
  });

  test("blocks that are not a list", () => {
    expect(refusal(file([], { blocks: "geen lijst" })).message).toMatch(
      /het bestand: dat veld ontbreekt/
    );
  });

  test("English messages follow the same cases", () => {
    expect(refusalMessage({ kind: "foreign" }, "x.json", "en")).toMatch(
      /another program's file.*unchanged/
    );
  });
});

describe("merge and replace", () => {
  test("merge adds new blocks after the library's own", () => {
    expect(mergeLibrary([BLOCK], [OTHER], "merge")).toEqual({
      blocks: [BLOCK, OTHER],
      added: 1,
      duplicates: 0,
    });
  });

  test("a block with a known id is a duplicate: the library keeps its own version", () => {
    const edited = { ...BLOCK, title: "Andere titel", text: "Heel andere woorden." };
    expect(mergeLibrary([BLOCK], [edited], "merge")).toEqual({
      blocks: [BLOCK],
      added: 0,
      duplicates: 1,
    });
  });

  test("a block with the same words under another id is a duplicate too (spacing and case aside)", () => {
    const copy = {
      ...BLOCK,
      id: "eigen-kopie",
      text: `  ${TEXT.toUpperCase().replace(/ /g, "  ")} `,
    };
    expect(mergeLibrary([BLOCK], [copy, OTHER], "merge")).toEqual({
      blocks: [BLOCK, OTHER],
      added: 1,
      duplicates: 1,
    });
  });

  test("replace takes the file's blocks as they are", () => {
    expect(mergeLibrary([BLOCK], [OTHER], "replace")).toEqual({
      blocks: [OTHER],
      added: 1,
      duplicates: 0,
    });
  });
});

describe("a block's own rules", () => {
  test("a good block has no problems; an empty one has every basic problem", () => {
    expect(ownBlockProblems(BLOCK)).toEqual([]);
    expect(
      ownBlockProblems({ title: "", text: "", themes: [], audiences: [], placeholders: [] }).map(
        (p) => p.kind
      )
    ).toEqual(["no-title", "no-text", "no-theme", "no-audience"]);
  });
});
