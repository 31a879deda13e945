import { PreviewDocument } from "../../src/document/preview-document";
import { CONTRACT_PARAGRAPHS, portContract, type PortHarness } from "./port-contract";

function previewHarness(): PortHarness {
  const document = new PreviewDocument({ paragraphs: CONTRACT_PARAGRAPHS });
  return {
    port: document,
    texts: () => document.paragraphs().map((paragraph) => paragraph.text),
    setCursor: (index) => document.setCursor(index),
    selectParagraphs: (start, end) => document.setSelection(start, end),
    selectedIndices: () => {
      const { start, end } = document.selection();
      return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
    },
    makeReadOnly: () => document.setReadOnly(true),
    blockOf: (index) => {
      const paragraph = document.paragraphs()[index];
      return paragraph?.tag !== undefined
        ? { tag: paragraph.tag, title: paragraph.title ?? "" }
        : undefined;
    },
    addUserComment: (index, text) => document.addComment(index, text),
    commentTexts: () => document.comments().map((comment) => comment.text),
    snapshot: () =>
      JSON.stringify({ paragraphs: document.paragraphs(), comments: document.comments() }),
    setText: (index, text) => document.setParagraphText(index, text),
    userEdit: async () =>
      document.setParagraphText(3, "Wij willen een vaste plek openen, elke dag."),
    settle: async () => undefined,
  };
}

portContract("Preview document", previewHarness);
