/** Shared setup for the pane's UI tests: the sample draft in a PreviewDocument, and ports that fail on purpose. */
import { render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { PreviewDocument, type PreviewParagraphInput } from "../../src/document";
import type {
  DocumentParagraph,
  DocumentPort,
  HostCapabilities,
  PortError,
  PortResult,
} from "../../src/document/port";
import { App } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/strings";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";

export function sampleDocument(
  options: { readOnly?: boolean; paragraphs?: PreviewParagraphInput[] } = {}
): PreviewDocument {
  return new PreviewDocument({
    paragraphs: options.paragraphs ?? SAMPLE_DRAFT,
    readOnly: options.readOnly,
  });
}

export function renderPane(port: DocumentPort, language: Language = "nl") {
  return render(<App port={port} language={language} />);
}

/** The preview document, except that reading fails the first `failures` times with `error`. */
export function failingReads(
  doc: PreviewDocument,
  error: PortError,
  failures = Infinity
): DocumentPort & { reads: number } {
  const port = Object.create(doc) as DocumentPort & { reads: number };
  port.reads = 0;
  port.readParagraphs = async (): Promise<PortResult<DocumentParagraph[]>> => {
    port.reads += 1;
    if (port.reads <= failures) return { ok: false, error };
    return doc.readParagraphs();
  };
  return port;
}

export function withCapabilities(
  doc: PreviewDocument,
  change: Partial<HostCapabilities>
): DocumentPort {
  const port = Object.create(doc) as DocumentPort;
  port.capabilities = () => ({ ...doc.capabilities(), ...change });
  return port;
}

/** The 0-based index of the sample paragraph that starts with `start`. */
export function sampleIndex(start: string): number {
  const index = SAMPLE_DRAFT.findIndex((p) => p.text.startsWith(start));
  if (index < 0) throw new Error(`No sample paragraph starts with ${start}`);
  return index;
}

/**
 * userEvent without its pointer-events check: that check calls getComputedStyle up the tree for
 * every event, which in jsdom with Fluent's many style rules costs seconds per click.
 */
export function user() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
}
