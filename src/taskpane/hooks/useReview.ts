/**
 * Reads the document through the port and reviews it. One reviewer lives as long as the pane,
 * so a re-review after a small edit only redoes the paragraphs whose text changed. A newer read
 * always wins over an older one still in flight; an earlier review stays on screen while the
 * next is made, so nothing the user is looking at disappears.
 */
import * as React from "react";
import { createReviewer } from "../../analysis";
import { styleWithFacts } from "../../analysis/paragraph-kind";
import type { Review } from "../../analysis/types";
import type { Audience, OwnBlock } from "../../content/types";
import type { DocumentParagraph, DocumentPort, PortError } from "../../document/port";

export interface ReviewState {
  /** True until the first read has answered. */
  loading: boolean;
  paragraphs: DocumentParagraph[];
  review: Review | null;
  /** The last read failed (an earlier review may still be shown). */
  error: PortError | null;
  /** A read or review is taking long enough that the user should see progress. */
  busy: boolean;
  /** Reads again; "changed" lets the port read only what changed since its last read. */
  refresh(scope?: "all" | "changed"): Promise<void>;
}

/** Below this a refresh is quick enough that a progress bar would only flicker. */
const SHOW_PROGRESS_AFTER_MS = 300;
const NO_PARAGRAPHS: DocumentParagraph[] = [];
const NO_OWN_BLOCKS: readonly OwnBlock[] = [];

export function useReview(
  port: DocumentPort,
  audience: Audience | null,
  ownBlocks: readonly OwnBlock[] = NO_OWN_BLOCKS
): ReviewState {
  const reviewer = React.useMemo(() => createReviewer(), []);
  const [loading, setLoading] = React.useState(true);
  // Null until the first successful read; the review is derived from it and the audience.
  const [paragraphs, setParagraphs] = React.useState<DocumentParagraph[] | null>(null);
  const [error, setError] = React.useState<PortError | null>(null);
  const [busy, setBusy] = React.useState(false);
  const latest = React.useRef(0);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const reviewOf = React.useCallback(
    (read: DocumentParagraph[], forAudience: Audience | null, own: readonly OwnBlock[]) =>
      reviewer.review(
        // The port knows more than the style name: Word's built-in heading styles in any
        // language, and list items in the normal style.
        read.map((p) => ({ text: p.text, style: styleWithFacts(p.style, p) })),
        {
          ...(forAudience ? { audience: forAudience } : {}),
          ...(own.length > 0 ? { ownBlocks: own } : {}),
        }
      ),
    [reviewer]
  );

  const refresh = React.useCallback(
    async (scope: "all" | "changed" = "all") => {
      const run = ++latest.current;
      const progress = setTimeout(() => {
        if (mounted.current && run === latest.current) setBusy(true);
      }, SHOW_PROGRESS_AFTER_MS);
      try {
        const result = await port.readParagraphs(scope);
        if (!mounted.current || run !== latest.current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setParagraphs(result.value);
        setError(null);
      } catch (thrown) {
        if (!mounted.current || run !== latest.current) return;
        setError({
          code: "unknown",
          message: thrown instanceof Error ? thrown.message : String(thrown),
        });
      } finally {
        clearTimeout(progress);
        if (mounted.current && run === latest.current) {
          setBusy(false);
          setLoading(false);
        }
      }
    },
    [port]
  );

  React.useEffect(() => {
    // The first read starts here; state changes only after the port has answered.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  // A new audience or own block only re-ranks the suggestions: the text is unchanged, so no new
  // read, and the reviewer reuses its per-paragraph work.
  const review = React.useMemo(
    () => (paragraphs ? reviewOf(paragraphs, audience, ownBlocks) : null),
    [paragraphs, audience, ownBlocks, reviewOf]
  );

  return { loading, paragraphs: paragraphs ?? NO_PARAGRAPHS, review, error, busy, refresh };
}
