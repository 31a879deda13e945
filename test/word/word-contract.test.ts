import { WordDocument } from "../../src/document/word-document";
import { CONTRACT_PARAGRAPHS, portContract, type PortHarness } from "../document/port-contract";
import { FakeWordDocument, fakeWordHost } from "./fake-word";
import { fakeOffice, SETS } from "./office-host";

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

function wordHarness(wordApiSets: string[]): PortHarness {
  const model = new FakeWordDocument(CONTRACT_PARAGRAPHS);
  const { office, selectionHandlers } = fakeOffice({ wordApiSets });
  return {
    port: new WordDocument(fakeWordHost(model), office),
    texts: () => model.texts(),
    setCursor: (index) => model.setCursor(index),
    selectParagraphs: (start, end) => model.selectParagraphs(start, end),
    selectedIndices: () => model.selectedIndices(),
    makeReadOnly: () => {
      model.readOnly = true;
    },
    blockOf: (index) => {
      const control = model.main[index]?.control;
      return control ? { tag: control.tag, title: control.title } : undefined;
    },
    addUserComment: (index, text) => model.addComment(index, text),
    commentTexts: () => model.comments.map((comment) => comment.content),
    snapshot: () => model.snapshot(),
    setText: (index, text) => {
      model.main[index].text = text;
    },
    userEdit: async () => {
      model.main[3].text += " En nog iets.";
      await model.fireParagraphChanged();
      for (const handler of [...selectionHandlers]) handler({ type: "documentSelectionChanged" });
    },
    settle,
  };
}

portContract("Word (Microsoft 365, WordApi 1.1–1.9)", () => wordHarness(SETS.microsoft365));
