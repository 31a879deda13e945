/**
 * Builds small but complete .docx files in memory for the CLI tests, so the repository holds
 * no binaries it can generate. Paragraphs take a style id from the styles part below.
 */
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph's inner runs as raw WordprocessingML, for cases plain text cannot say. */
export interface RawParagraph {
  xml: string;
  style?: string;
}
export type BuiltParagraph = string | { text: string; style?: string } | RawParagraph;

export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function paragraphXml(paragraph: BuiltParagraph): string {
  const { style, inner } =
    typeof paragraph === "string"
      ? { style: undefined, inner: run(paragraph) }
      : "xml" in paragraph
        ? { style: paragraph.style, inner: paragraph.xml }
        : { style: paragraph.style, inner: run(paragraph.text) };
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${properties}${inner}</w:p>`;
}

const STYLES: Record<string, string> = {
  Heading1: "heading 1",
  ListParagraph: "List Paragraph",
  Quote: "Quote",
};

/** `body` is raw body XML (tables and paragraphs) or a list of paragraphs. */
export async function buildDocx(body: BuiltParagraph[] | { xml: string }): Promise<Buffer> {
  const bodyXml = Array.isArray(body) ? body.map(paragraphXml).join("") : body.xml;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>
</Relationships>`
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${Object.entries(STYLES)
      .map(
        ([id, name]) =>
          `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
      )
      .join("")}</w:styles>`
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

export const tableXml = (rows: string[][]) =>
  `<w:tbl>${rows
    .map(
      (cells) =>
        `<w:tr>${cells.map((cell) => `<w:tc>${paragraphXml(cell)}</w:tc>`).join("")}</w:tr>`
    )
    .join("")}</w:tbl>`;
