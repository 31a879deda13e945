/** @jest-environment jsdom */
/**
 * The same actions against the preview document, the port the preview page and the end-to-end
 * tests use, so the pane and the port agree on where a block goes and what Word's refusal says.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { THEME_IDS, blockById, type ArgumentBlock } from "../../../src/content";
import type { Review } from "../../../src/analysis/types";
import { documentMessage } from "../../../src/document/messages";
import { PreviewDocument } from "../../../src/document/preview-document";
import { ReviewCommentsAction } from "../../../src/taskpane/comments";
import { CardHost } from "./hosts";
import { renderInPane } from "./render";

const DRAFT = ["Buurthuis De Linde", "We organiseren elke week een maaltijd.", "Begroting"];

function block(id: string): ArgumentBlock {
  const found = blockById(id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

describe("blocks on the preview document", () => {
  it("inserts the filled block after the cursor's paragraph, tagged and titled, and selects it", async () => {
    const doc = new PreviewDocument({ paragraphs: DRAFT });
    doc.setCursor(1);
    const b = block("netwerk-actieve-bewoners");
    renderInPane(<CardHost port={doc} block={b} initialValues={{ buurt: "de Lindenbuurt" }} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(4));

    const inserted = doc.paragraphs()[2];
    expect(inserted.text).toBe(`${b.text.replace("onze buurt", "de Lindenbuurt")}.`);
    expect(inserted).toMatchObject({
      tag: "argumentenhulp:block:netwerk-actieve-bewoners",
      title: "Argumentenhulp: Laat zien wat er verandert",
    });
    expect(doc.paragraphs().map((p) => p.text)).toEqual([
      DRAFT[0],
      DRAFT[1],
      inserted.text,
      DRAFT[2],
    ]);
    expect(doc.selection()).toEqual({ start: 2, end: 2 });
    expect(screen.getByTestId("status-line")).toHaveTextContent("Ingevoegd na alinea 2.");
  });

  it("unfilled, inserts the report's exact text", async () => {
    const doc = new PreviewDocument({ paragraphs: DRAFT });
    const b = block("meerjarige-steun");
    renderInPane(<CardHost port={doc} block={b} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(4));
    expect(doc.paragraphs()[1].text).toBe(b.text);
  });

  it("a read-only document refuses with the port's Dutch message and stays as it was", async () => {
    const doc = new PreviewDocument({ paragraphs: DRAFT, readOnly: true });
    doc.setCursor(1);
    renderInPane(<CardHost port={doc} block={block("relaties-basis")} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    expect(await screen.findByTestId("status-line")).toHaveTextContent(
      `Invoegen lukte niet. ${documentMessage("read-only")}`
    );
    expect(doc.paragraphs().map((p) => p.text)).toEqual(DRAFT);
  });

  it("places and removes review comments", async () => {
    const doc = new PreviewDocument({ paragraphs: DRAFT });
    const review: Review = {
      audience: null,
      paragraphs: [],
      themes: THEME_IDS.map((id) => ({
        id,
        status: id === "onderbouwing" ? "missing" : "covered",
        paragraphs: [],
      })),
      suggestions: [],
      advice: [
        {
          kind: "activities-without-outcomes",
          paragraph: 1,
          evidence: [{ start: 3, end: 14, text: "organiseren" }],
        },
      ],
      looksDutch: true,
    };
    renderInPane(
      <ReviewCommentsAction port={doc} review={review} capabilities={doc.capabilities()} />
    );
    await userEvent.click(screen.getByRole("button", { name: "Opmerkingen in document plaatsen" }));
    await waitFor(() => expect(doc.comments()).toHaveLength(2));
    expect(doc.comments().map((c) => c.paragraph)).toEqual([0, 1]);
    expect(doc.comments()[0].text).toContain("Onderbouwing met onderzoek");
    expect(doc.comments()[1].text).toContain(
      "Zeg niet alleen wat je organiseert, maar ook wat het oplevert."
    );

    await userEvent.click(screen.getByRole("button", { name: "Opmerkingen verwijderen" }));
    await waitFor(() => expect(doc.comments()).toHaveLength(0));
    expect(doc.paragraphs().map((p) => p.text)).toEqual(DRAFT);
  });
});
