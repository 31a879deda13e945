/** Reading Word paragraphs into the port's shape, and addressing a paragraph by index. */
import type { DocumentParagraph } from "./port";
import { isHeadingStyle, paragraphText } from "./paragraph-style";

/**
 * The properties one read loads: the text and style always, list/table/built-in style from
 * WordApi 1.3, and from WordApi 1.6 each paragraph's id, so a later select or insert can find
 * "paragraph N of the review" directly.
 */
export function paragraphLoad(ranges: boolean, ids: boolean): string {
  const load = ranges
    ? "items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel"
    : "items/text,items/style";
  return ids ? `${load},items/uniqueLocalId` : load;
}

/** `rawText`: the text from getText/getReviewedText when the read used one (word-text.ts). */
export function toDocumentParagraph(
  paragraph: Word.Paragraph,
  ranges: boolean,
  rawText?: string
): DocumentParagraph {
  const style = paragraph.style ?? "";
  return {
    text: paragraphText(rawText ?? paragraph.text ?? ""),
    style,
    isHeading: isHeadingStyle(style, ranges ? paragraph.styleBuiltIn : undefined),
    isListItem: ranges ? paragraph.isListItem === true : false,
    inTable: ranges ? (paragraph.tableNestingLevel ?? 0) > 0 : false,
  };
}

/** Finds paragraph `index` inside a batch, without a sync of its own. */
export type ParagraphLocator = (context: Word.RequestContext, index: number) => Word.Paragraph;

/**
 * Paragraph `index` by the id the last read saw (WordApi 1.6) when there is one, else by walking
 * the body's paragraphs. Both throw ItemNotFound in the batch when the paragraph is gone.
 */
export function paragraphLocator(idsFromLastRead: readonly string[]): ParagraphLocator {
  return (context, index) => {
    const id = idsFromLastRead[index];
    return id
      ? context.document.getParagraphByUniqueLocalId(id)
      : paragraphAt(context.document.body.paragraphs, index);
  };
}

/**
 * Paragraph `index` of a collection without loading it first (WordApi 1.3): Word's paragraph
 * collection has no getItem, so the proxy walks getFirst().getNext()…; Word resolves the walk
 * when the batch runs and throws ItemNotFound if the document has fewer paragraphs.
 */
export function paragraphAt(paragraphs: Word.ParagraphCollection, index: number): Word.Paragraph {
  let paragraph = paragraphs.getFirst();
  for (let step = 0; step < index; step++) paragraph = paragraph.getNext();
  return paragraph;
}
