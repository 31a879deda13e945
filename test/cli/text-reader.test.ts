import { NotTextError, readText } from "../../src/cli/text-reader";

const bytes = (text: string) => new TextEncoder().encode(text);
const texts = (input: Uint8Array) => readText(input).map((p) => p.text);

describe("readText", () => {
  it("gives one paragraph per non-empty line, whatever the line ending", () => {
    expect(texts(bytes("Eerste alinea.\r\n\r\nTweede alinea.\n   \nDerde\rVierde\n"))).toEqual([
      "Eerste alinea.",
      "Tweede alinea.",
      "Derde",
      "Vierde",
    ]);
  });

  it("strips a UTF-8 byte-order mark and the spaces around a line", () => {
    expect(texts(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("  Buurtkamer  \n")]))).toEqual([
      "Buurtkamer",
    ]);
  });

  it("keeps Dutch accents from UTF-8, UTF-16 and old Windows files", () => {
    expect(texts(bytes("ideeën en continuïteit"))).toEqual(["ideeën en continuïteit"]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("ideeën\r\nwijk", "utf16le"),
    ]);
    expect(texts(utf16)).toEqual(["ideeën", "wijk"]);
    // "ideeën" saved as ANSI: ë is 0xEB, not valid UTF-8 on its own.
    expect(texts(new Uint8Array([...bytes("idee"), 0xeb, ...bytes("n")]))).toEqual(["ideeën"]);
  });

  it("marks every paragraph as body text without a style", () => {
    expect(readText(bytes("Aanvraag"))).toEqual([{ text: "Aanvraag", part: "body" }]);
  });

  it("refuses binary data: a NUL byte, or many control characters", () => {
    expect(() => readText(new Uint8Array([...bytes("tekst"), 0, ...bytes("meer")]))).toThrow(
      NotTextError
    );
    const controls = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(() => readText(controls)).toThrow(NotTextError);
  });

  it("lets a single stray control character through in real text", () => {
    const text = `${"Wij bouwen aan vertrouwen in de buurt. ".repeat(5)}\u001a`;
    expect(texts(bytes(text))).toHaveLength(1);
  });

  it("gives no paragraphs for blank input", () => {
    expect(readText(bytes(" \n\r\n\t\n"))).toEqual([]);
    expect(readText(new Uint8Array())).toEqual([]);
  });
});
