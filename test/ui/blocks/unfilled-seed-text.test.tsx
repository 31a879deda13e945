/** @jest-environment jsdom */
/**
 * An unfilled block goes into the document as the report's own words, for every block; a
 * sentence the report leaves without a full stop gets one, as in a letter.
 */
import * as fs from "fs";
import * as React from "react";
import { act, renderHook } from "@testing-library/react";
import { BLOCKS } from "../../../src/content";
import { PreviewDocument } from "../../../src/document/preview-document";
import { AnnouncerProvider } from "../../../src/taskpane/announce";
import { useBlockInserter } from "../../../src/taskpane/blocks";
import { describeWithShared, sharedPath } from "../../shared";

/** The seed's typography aside: curly quotes, *emphasis* marks and line breaks. */
function plain(text: string): string {
  return text
    .replace(/[“”"*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

describeWithShared(["seed", "de-kracht-van-samen-tips.nl.txt"])("unfilled blocks", () => {
  it("insert the seed's exact text, one paragraph per block, each tagged with its block", async () => {
    const seed = plain(
      fs.readFileSync(sharedPath("seed", "de-kracht-van-samen-tips.nl.txt"), "utf8")
    );
    const doc = new PreviewDocument({ paragraphs: ["Aanvraag"] });
    const { result } = renderHook(() => useBlockInserter(doc, () => {}), {
      wrapper: ({ children }: { children: React.ReactNode }) => (
        <AnnouncerProvider>{children}</AnnouncerProvider>
      ),
    });
    for (const block of BLOCKS) {
      const answer = await act(() => result.current.insert(block, {}, "end"));
      expect(answer.ok).toBe(true);
    }
    const inserted = doc.paragraphs().slice(1);
    expect(inserted).toHaveLength(BLOCKS.length);
    inserted.forEach((paragraph, i) => {
      expect(paragraph.tag).toBe(`argumentenhulp:block:${BLOCKS[i].id}`);
      const text = BLOCKS[i].text;
      expect(paragraph.text).toBe(/[.!?]$/.test(text) ? text : `${text}.`);
      expect(seed).toContain(plain(text));
    });
  });
});
