/** What a reader hands on: the draft's paragraphs in reading order, empty ones left out. */
export type DraftPart = "body" | "footnote" | "endnote";

export interface DraftParagraph {
  text: string;
  /** Word's style name ("Heading 1", "List Paragraph", "Quote"), when the source has styles. */
  style?: string;
  /** Notes follow the body, so a report can say "voetnoot" instead of pointing into the body. */
  part: DraftPart;
}
