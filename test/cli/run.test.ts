import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { reviewDocument } from "../../src/analysis";
import { readabilityOf, type Readability } from "../../src/analysis/readability";
import type { Review } from "../../src/analysis/types";
import { blockById, themeById } from "../../src/content";
import packageJson from "../../package.json";
import { describeWithShared, sharedPath } from "../shared";
import { cli, expectOneDutchLine } from "./cli-io";
import { buildDocx } from "./docx-builder";

const flat = (text: string) => text.replace(/\s+/g, " ");

/** A short Dutch draft that plainly argues a theme, so the report has something covered. */
const DRAFT = [
  "Buurtkamer De Linde",
  "Wij bouwen aan vertrouwen tussen buren, zodat bewoners elkaar leren kennen en elkaar helpen.",
  "Wij organiseren elke week een koffieochtend, een kookclub en een spelletjesmiddag.",
].join("\n");

/** The CLI's JSON: the theme review with the Schrijfhulp's readability of the same draft. */
function withReadability(review: Review): Review & { readability: Readability } {
  return { ...review, readability: readabilityOf(DRAFT.split("\n")) };
}

describe("argumentenhulp --help and --version", () => {
  it("prints Dutch usage on stdout and exits 0", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "argumentenhulp review BESTAND [--audience DOELGROEP] [--max-woorden N] [--max-tekens N] [--json]"
    );
    expect(result.stdout).toContain("gemeente, ministerie, fonds, woningcorporatie");
    expect(result.stderr).toBe("");
  });

  it("prints the package version", async () => {
    expect(await cli(["--version"])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: "",
    });
  });
});

describe("argumentenhulp review on text", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-cli-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reviews a .txt file with CRLF and a BOM as the engine reviews its lines", async () => {
    const file = path.join(dir, "aanvraag.txt");
    fs.writeFileSync(file, `\ufeff${DRAFT.replace(/\n/g, "\r\n\r\n")}\r\n`);
    const result = await cli(["review", file, "--json", "--audience", "gemeente"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      withReadability(reviewDocument(DRAFT.split("\n"), { audience: "gemeente" }))
    );
  });

  it("reviews standard input given as -", async () => {
    const result = await cli(["review", "-", "--json"], { stdin: DRAFT });
    expect(result.code).toBe(0);
    const review = JSON.parse(result.stdout) as Review;
    expect(review.paragraphs).toHaveLength(3);
    expect(review).toEqual(withReadability(reviewDocument(DRAFT.split("\n"))));
  });

  it("reads a Word file piped into standard input", async () => {
    const docx = await buildDocx(DRAFT.split("\n"));
    const result = await cli(["review", "-", "--json"], { stdin: docx });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(withReadability(reviewDocument(DRAFT.split("\n"))));
  });

  it("--json gives the review's public shape", async () => {
    const review = JSON.parse(
      (await cli(["review", "-", "--json", "--audience=fonds"], { stdin: DRAFT })).stdout
    );
    expect(Object.keys(review).sort()).toEqual([
      "advice",
      "audience",
      "looksDutch",
      "paragraphs",
      "readability",
      "suggestions",
      "themes",
    ]);
    expect(review.audience).toBe("fonds");
    expect(review.themes).toHaveLength(11);
    expect(review.suggestions.length).toBeGreaterThan(0);
  });

  it("writes a Dutch report that agrees with the review", async () => {
    const review = JSON.parse(
      (await cli(["review", "-", "--json"], { stdin: DRAFT })).stdout
    ) as Review;
    const { code, stdout: report } = await cli(["review", "-"], { stdin: DRAFT });
    expect(code).toBe(0);
    expect(report).toContain("Argumentenhulp — beoordeling van de invoer");
    const covered = review.themes.filter((t) => t.status === "covered");
    const missing = review.themes.filter((t) => t.status === "missing");
    // Without a covered theme this test would not check the covered section at all.
    expect(covered.length).toBeGreaterThan(0);
    expect(report).toContain(`Aanwezig (${covered.length})`);
    expect(report).toContain(`Ontbreekt (${missing.length})`);
    for (const theme of covered) {
      const numbers = [...theme.paragraphs]
        .sort((a, b) => a - b)
        .map((i) => i + 1)
        .join(", ");
      expect(report).toContain(`● ${themeById(theme.id).label.nl} — alinea ${numbers}`);
    }
    for (const theme of missing) {
      expect(report).toContain(`○ ${themeById(theme.id).label.nl}`);
      const first = review.suggestions.find((s) => s.themeId === theme.id)?.blockIds[0];
      if (first) expect(flat(report)).toContain(flat(blockById(first)!.text));
    }
    for (const advice of review.advice) {
      expect(flat(report)).toContain(`alinea ${advice.paragraph + 1} (`);
      expect(report).toContain("maar niet wat ze opleveren.");
    }
  });
});

describeWithShared(["fixtures", "real-docx"])("argumentenhulp review on real Word files", () => {
  const dir = sharedPath("fixtures", "real-docx");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".docx")) : [];
  const withoutText = ["empty.docx", "tiny-picture.docx"];
  /** How many paragraphs each file with text has, as Word shows them (notes after the body). */
  const expected: Record<string, number> = {
    "comments.docx": 1,
    "endnotes.docx": 3,
    "footnotes.docx": 3,
    "simple-list.docx": 2,
    "single-paragraph.docx": 1,
    "strict-format.docx": 1,
    "strikethrough.docx": 1,
    "tables.docx": 6,
    "text-box.docx": 1,
    "utf8-bom.docx": 1,
  };

  it("knows every fixture", () => {
    expect(files.sort()).toEqual([...Object.keys(expected), ...withoutText].sort());
  });

  it.each(Object.keys(expected))("reviews %s", async (name) => {
    const file = path.join(dir, name);
    const json = await cli(["review", file, "--json"]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as Review).paragraphs).toHaveLength(expected[name]);
    const report = await cli(["review", file]);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe("");
    const count = expected[name];
    expect(report.stdout).toContain(`${count} ${count === 1 ? "alinea" : "alinea's"} · `);
    // English text argues no theme, so the report still lists what to add.
    expect(report.stdout).toContain("Ontbreekt (");
  });

  it.each(withoutText)("says %s has no text, with exit 2", async (name) => {
    expectOneDutchLine(
      await cli(["review", path.join(dir, name)]),
      /bevat geen tekst om te beoordelen/
    );
  });
});

describeWithShared(["eval", "proposals-dev"])(
  "argumentenhulp review on the draft proposals",
  () => {
    type Proposal = { id: string; audience: string; paragraphs: { text: string; style: string }[] };
    const proposals: Proposal[] = fs.existsSync(sharedPath("eval", "proposals-dev.jsonl"))
      ? fs
          .readFileSync(sharedPath("eval", "proposals-dev.jsonl"), "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Proposal)
      : [];

    it.each(proposals.map((p) => [p.id, p] as const))(
      "%s: the .docx gets the review of its paragraphs and styles, the .txt that of its lines",
      async (id, proposal) => {
        const audience = proposal.audience as "gemeente";
        const word = await cli([
          "review",
          sharedPath("eval", "proposals-dev", `${id}.docx`),
          "--json",
          "--audience",
          audience,
        ]);
        expect(word.code).toBe(0);
        const styled = proposal.paragraphs.map((p) => ({
          text: p.text,
          style: p.style === "Normal" ? undefined : p.style,
        }));
        expect(JSON.parse(word.stdout)).toEqual({
          ...reviewDocument(styled, { audience }),
          readability: readabilityOf(styled),
        });

        const text = await cli([
          "review",
          sharedPath("eval", "proposals-dev", `${id}.txt`),
          "--json",
          "--audience",
          audience,
        ]);
        expect(text.code).toBe(0);
        const lines = proposal.paragraphs.map((p) => p.text);
        expect(JSON.parse(text.stdout)).toEqual({
          ...reviewDocument(lines, { audience }),
          readability: readabilityOf(lines),
        });
      }
    );
  }
);

describe("argumentenhulp review on bad input", () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-bad-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a missing file", async () => {
    expectOneDutchLine(await cli(["review", path.join(dir, "weg.docx")]), /bestaat niet/);
  });

  it("a folder", async () => {
    fs.mkdirSync(path.join(dir, "map.docx"));
    expectOneDutchLine(
      await cli(["review", path.join(dir, "map.docx")]),
      /is een map, geen bestand/
    );
  });

  it("a file that cannot be read", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const result = await cli(["review", "geheim.txt"], {
      io: { readFile: () => Promise.reject(denied) },
    });
    expectOneDutchLine(result, /mag niet worden gelezen/);
  });

  it("a pdf, by name or hidden behind .docx", async () => {
    const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
    expectOneDutchLine(
      await cli(["review", file("aanvraag.pdf", pdf)]),
      /is een pdf.*sla hem op als \.docx/
    );
    expectOneDutchLine(await cli(["review", file("stiekem.docx", pdf)]), /is een pdf/);
    expectOneDutchLine(await cli(["review", "-"], { stdin: pdf }), /de invoer" is een pdf/);
  });

  it("an old .doc file", async () => {
    expectOneDutchLine(await cli(["review", file("oud.doc", "x")]), /ouder Word-bestand \(\.doc\)/);
  });

  it("a password-protected Word file", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([
      header,
      Buffer.alloc(500),
      Buffer.from("EncryptionInfo", "utf16le"),
    ]);
    expectOneDutchLine(
      await cli(["review", file("geheim.docx", encrypted)]),
      /met een wachtwoord beveiligd/
    );
  });

  it("an unknown extension", async () => {
    expectOneDutchLine(
      await cli(["review", file("aanvraag.rtf", "{\\rtf1 hallo}")]),
      /gebruik een Word-bestand \(\.docx\) of een tekstbestand \(\.txt\)/
    );
    expectOneDutchLine(
      await cli(["review", file("zonder-extensie", "hallo")]),
      /kan ".*zonder-extensie" niet lezen/
    );
  });

  it("a corrupt zip: a real .docx cut in half, and a zip header with garbage", async () => {
    const docx = await buildDocx(DRAFT.split("\n"));
    expectOneDutchLine(
      await cli(["review", file("half.docx", docx.subarray(0, docx.length >> 1))]),
      /geen geldig Word-bestand of is beschadigd/
    );
    const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    expectOneDutchLine(await cli(["review", file("rommel.docx", garbage)]), /beschadigd/);
    expectOneDutchLine(
      await cli(["review", file("tekst.docx", "Gewoon tekst met een verkeerde naam.")]),
      /beschadigd/
    );
  });

  it("random bytes in a .txt, and on standard input", async () => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 42;
    const bytes = new Uint8Array(4096).map(
      () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff
    );
    expectOneDutchLine(await cli(["review", file("ruis.txt", bytes)]), /bevat geen leesbare tekst/);
    expectOneDutchLine(
      await cli(["review", "-"], { stdin: bytes }),
      /"de invoer" bevat geen leesbare tekst/
    );
  });

  it("an empty or blank text, and an empty Word file", async () => {
    expectOneDutchLine(
      await cli(["review", file("leeg.txt", "")]),
      /bevat geen tekst om te beoordelen/
    );
    expectOneDutchLine(
      await cli(["review", "-"], { stdin: "\r\n  \n\t\n" }),
      /"de invoer" bevat geen tekst/
    );
    expectOneDutchLine(
      await cli(["review", file("leeg.docx", await buildDocx(["", "  "]))]),
      /bevat geen tekst/
    );
  });

  it("an unknown audience, option or command", async () => {
    expectOneDutchLine(
      await cli(["review", "-", "--audience", "provincie"], { stdin: DRAFT }),
      /Onbekende doelgroep "provincie"/
    );
    expectOneDutchLine(
      await cli(["review", "-", "--snel"], { stdin: DRAFT }),
      /Onbekende optie "--snel"/
    );
    expectOneDutchLine(await cli(["toets", "a.docx"]), /Onbekende opdracht "toets"/);
    expectOneDutchLine(await cli([]), /Geef een bestand op/);
  });
});
