import * as fs from "fs";
import * as path from "path";
import { NotWordError, readDocx } from "../../src/cli/docx-reader";
import { readText } from "../../src/cli/text-reader";
import { describeWithShared, sharedPath } from "../shared";
import { buildDocx, run, tableXml } from "./docx-builder";

const fixture = (name: string) => fs.readFileSync(sharedPath("fixtures", "real-docx", name));
const texts = async (name: string) => (await readDocx(fixture(name))).map((p) => p.text);

describeWithShared(["fixtures", "real-docx"])("readDocx on real Word files", () => {
  it("reads a single paragraph", async () => {
    expect(await texts("single-paragraph.docx")).toEqual(["Walking on imported air"]);
  });

  it("reads every table cell as its own paragraph, in reading order", async () => {
    expect(await texts("tables.docx")).toEqual([
      "Above",
      "Top left",
      "Top right",
      "Bottom left",
      "Bottom right",
      "Below",
    ]);
  });

  it("keeps list items with their style name", async () => {
    expect(await readDocx(fixture("simple-list.docx"))).toEqual([
      { text: "Apple", style: "List Paragraph", part: "body" },
      { text: "Banana", style: "List Paragraph", part: "body" },
    ]);
  });

  it("reads the text inside a text box", async () => {
    expect(await texts("text-box.docx")).toContain("Datum plane");
  });

  it("puts footnotes and endnotes after the body, marked as notes", async () => {
    const footnotes = await readDocx(fixture("footnotes.docx"));
    expect(footnotes[0]).toMatchObject({ text: "Ouch.", part: "body" });
    expect(footnotes.slice(1).map((p) => [p.part, p.text])).toEqual([
      ["footnote", "A tachyon walks into a bar."],
      ["footnote", "Fin."],
    ]);
    const endnotes = await readDocx(fixture("endnotes.docx"));
    expect(endnotes.slice(1).map((p) => [p.part, p.text])).toEqual([
      ["endnote", "A tachyon walks into a bar."],
      ["endnote", "Fin."],
    ]);
  });

  it("leaves comments out: they are readers' remarks, not the draft", async () => {
    expect(await texts("comments.docx")).toEqual(["Ouch."]);
  });

  it("reads Strict Open XML, a byte-order mark in the XML, and struck-through text", async () => {
    expect(await texts("strict-format.docx")).toEqual(["Test"]);
    expect(await texts("utf8-bom.docx")).toEqual(["This XML has a byte order mark."]);
    expect(await texts("strikethrough.docx")).toEqual(["Today's Special: Salmon Sold out"]);
  });

  it("gives no paragraphs for an empty document or one with only a picture", async () => {
    expect(await readDocx(fixture("empty.docx"))).toEqual([]);
    expect(await readDocx(fixture("tiny-picture.docx"))).toEqual([]);
  });

  it("says why bytes are not a Word file", async () => {
    const reason = (bytes: Uint8Array) =>
      readDocx(bytes).then(
        () => "read",
        (error: NotWordError) => error.reason
      );
    expect(await reason(Buffer.from("%PDF-1.7\n..."))).toBe("pdf");
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe(
      "old-word"
    );
    expect(await reason(Buffer.from("gewone tekst"))).toBe("not-zip");
    // A password-protected .docx: the compound-file header plus an EncryptionInfo stream name.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([
      header,
      Buffer.alloc(500),
      Buffer.from("EncryptionInfo", "utf16le"),
    ]);
    expect(await reason(encrypted)).toBe("encrypted");
    // A zip header with garbage behind it, and a real zip cut in half.
    expect(await reason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe(
      "unreadable"
    );
    const whole = fixture("tables.docx");
    expect(await reason(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("unreadable");
  });
});

describeWithShared(["eval", "proposals-dev"])("readDocx on the draft proposals", () => {
  const dir = sharedPath("eval", "proposals-dev");
  const ids = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".docx"))
        .map((f) => path.basename(f, ".docx"))
    : [];

  it("finds the drafts", () => {
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  it.each(ids)("%s.docx has the same paragraphs as its .txt", async (id) => {
    const fromWord = await readDocx(fs.readFileSync(path.join(dir, `${id}.docx`)));
    const fromText = readText(fs.readFileSync(path.join(dir, `${id}.txt`)));
    expect(fromWord.map((p) => p.text)).toEqual(fromText.map((p) => p.text));
  });

  it.each(ids)("%s.docx keeps the styles of proposals-dev.jsonl", async (id) => {
    const line = fs
      .readFileSync(sharedPath("eval", "proposals-dev.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; paragraphs: { text: string; style: string }[] })
      .find((proposal) => proposal.id === id);
    expect(line).toBeDefined();
    const read = await readDocx(fs.readFileSync(path.join(dir, `${id}.docx`)));
    // The eval set calls Word's default style "Normal"; mammoth leaves it unnamed when unset.
    const styleOf = (style: string | undefined) =>
      style === undefined || style === "Normal" ? "Normal" : style;
    expect(read.map((p) => styleOf(p.style))).toEqual(
      line!.paragraphs.map((p) => styleOf(p.style))
    );
  });

  it("sees the headings and list items the drafts use", async () => {
    const styles = new Set<string>();
    for (const id of ids) {
      for (const p of await readDocx(fs.readFileSync(path.join(dir, `${id}.docx`))))
        if (p.style) styles.add(p.style);
    }
    // The drafts define Quote but these four do not use it; the generated files below do.
    expect([...styles]).toEqual(expect.arrayContaining(["Heading 1", "List Paragraph"]));
  });
});

describe("readDocx on generated Word files", () => {
  it("keeps Heading 1, List Paragraph and Quote, writing Word's lower-case heading name as Heading 1", async () => {
    const docx = await buildDocx([
      { text: "Aanvraag buurtkamer", style: "Heading1" },
      { text: "Wij organiseren koffieochtenden.", style: "ListParagraph" },
      { text: "Hier leer ik mijn buren kennen.", style: "Quote" },
      "Gewone alinea.",
    ]);
    expect(await readDocx(docx)).toEqual([
      { text: "Aanvraag buurtkamer", style: "Heading 1", part: "body" },
      { text: "Wij organiseren koffieochtenden.", style: "List Paragraph", part: "body" },
      { text: "Hier leer ik mijn buren kennen.", style: "Quote", part: "body" },
      { text: "Gewone alinea.", part: "body" },
    ]);
  });

  it("joins runs, turns tabs and line breaks into white space and skips empty paragraphs", async () => {
    const docx = await buildDocx([
      {
        xml: `${run("Samen ")}<w:r><w:t>sterk</w:t><w:tab/><w:t>in</w:t><w:br/><w:t>de wijk</w:t></w:r>`,
      },
      { xml: "" },
      { xml: run("   ") },
      "Slot",
    ]);
    expect((await readDocx(docx)).map((p) => p.text)).toEqual(["Samen sterk\tin\nde wijk", "Slot"]);
  });

  it("reads text inside content controls, as the pane wraps the blocks it inserts", async () => {
    const docx = await buildDocx({
      xml:
        `<w:sdt><w:sdtPr><w:tag w:val="argumentenhulp:relaties-basis"/></w:sdtPr>` +
        `<w:sdtContent><w:p>${run("We bouwen aan relaties.")}</w:p></w:sdtContent></w:sdt>` +
        `<w:p>${run("Voor ")}<w:sdt><w:sdtContent>${run("binnen")}</w:sdtContent></w:sdt>${run(" na.")}</w:p>`,
    });
    expect((await readDocx(docx)).map((p) => p.text)).toEqual([
      "We bouwen aan relaties.",
      "Voor binnen na.",
    ]);
  });

  it("reads nested tables cell by cell", async () => {
    const inner = tableXml([["binnen links", "binnen rechts"]]);
    const docx = await buildDocx({
      xml: `<w:tbl><w:tr><w:tc>${inner}<w:p>${run("buiten")}</w:p></w:tc></w:tr></w:tbl><w:p>${run("Na de tabel")}</w:p>`,
    });
    expect((await readDocx(docx)).map((p) => p.text)).toEqual([
      "binnen links",
      "binnen rechts",
      "buiten",
      "Na de tabel",
    ]);
  });

  it("leaves deleted tracked changes out and keeps inserted ones", async () => {
    const docx = await buildDocx([
      {
        xml: `${run("We bouwen ")}<w:del w:id="1" w:author="A"><w:r><w:delText>geen </w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run("echte ")}</w:ins>${run("relaties.")}`,
      },
    ]);
    expect((await readDocx(docx)).map((p) => p.text)).toEqual(["We bouwen echte relaties."]);
  });

  it("refuses a zip that holds no Word document", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await expect(readDocx(bytes)).rejects.toMatchObject({ reason: "unreadable" });
  });
});
