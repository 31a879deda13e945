/**
 * The Schrijfhulp view: how readable the draft is against taalniveau B1, per paragraph what to
 * fix first (with Toon), and the form's length limits. Loaded as its own chunk when the view
 * first opens (it brings the Dutch hyphenation patterns). It reads the document; it changes
 * nothing in it.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { readabilityOf } from "../../analysis/readability";
import type { DocumentParagraph } from "../../document/port";
import { useWritingHelpStrings } from "../strings/writing-help";
import { LengthLimits } from "./LengthLimits";
import { LevelSummary } from "./LevelSummary";
import { ParagraphFixes } from "./ParagraphFixes";
import type { LengthLimit } from "./limits-setting";

export interface WritingHelpProps {
  paragraphs: DocumentParagraph[];
  limits: LengthLimit[];
  onLimitsChange(limits: LengthLimit[]): void;
  onShowParagraph(index: number): void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export default function WritingHelp({
  paragraphs,
  limits,
  onLimitsChange,
  onShowParagraph,
}: WritingHelpProps) {
  const styles = useStyles();
  const strings = useWritingHelpStrings();
  const readability = React.useMemo(
    () =>
      readabilityOf(
        // The port knows a heading by its style in any language; the engine reads "Heading".
        paragraphs.map((p) => ({ text: p.text, style: p.isHeading ? "Heading" : p.style }))
      ),
    [paragraphs]
  );
  return (
    <div className={styles.view} data-testid="writing-help">
      <LevelSummary draft={readability.draft} />
      <ParagraphFixes
        readability={readability}
        paragraphs={paragraphs}
        onShowParagraph={onShowParagraph}
      />
      <LengthLimits paragraphs={paragraphs} limits={limits} onLimitsChange={onLimitsChange} />
      <p className={styles.note}>{strings.writingChangesNothing}</p>
    </div>
  );
}
