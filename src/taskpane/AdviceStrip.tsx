/**
 * Advice beyond the themes, one tip at a time so it does not crowd the pane: e.g. a paragraph
 * that lists activities without saying what they bring about (seed §4). Hidden tips stay
 * hidden while their paragraph's text is unchanged.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Advice } from "../analysis/types";
import type { DocumentParagraph } from "../document/port";
import { formatString, useStrings } from "./strings";

function adviceKey(advice: Advice, paragraphs: DocumentParagraph[]): string {
  return `${advice.kind}\u0000${paragraphs[advice.paragraph]?.text ?? advice.paragraph}`;
}

export function AdviceStrip({
  advice,
  paragraphs,
  onShowParagraph,
  onLastHidden,
}: {
  advice: Advice[];
  paragraphs: DocumentParagraph[];
  onShowParagraph(index: number): void;
  /** The last tip was hidden and the strip goes away: the pane puts focus somewhere near. */
  onLastHidden?(): void;
}) {
  const strings = useStrings();
  const [hidden, setHidden] = React.useState<ReadonlySet<string>>(new Set());
  const [skip, setSkip] = React.useState(0);
  const open = advice.filter((a) => !hidden.has(adviceKey(a, paragraphs)));
  if (open.length === 0) return null;
  const at = skip % open.length;
  const current = open[at];
  const n = current.paragraph + 1;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="advice">
      <MessageBarBody>
        {formatString(strings.adviceActivities, { n })}
        {open.length > 1 && (
          <> ({formatString(strings.adviceCounter, { i: at + 1, n: open.length })})</>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<Dismiss20Regular />}
            aria-label={strings.adviceDismiss}
            onClick={() => {
              setHidden(new Set([...hidden, adviceKey(current, paragraphs)]));
              if (open.length === 1) onLastHidden?.();
            }}
          />
        }
      >
        <Button
          size="small"
          onClick={() => onShowParagraph(current.paragraph)}
          aria-label={formatString(strings.showParagraphLabel, { n })}
        >
          {strings.show}
        </Button>
        {open.length > 1 && (
          <Button size="small" appearance="subtle" onClick={() => setSkip(at + 1)}>
            {strings.adviceNext}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
