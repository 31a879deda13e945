/**
 * Per paragraph, in document order, what to fix first (the engine's order: the longest
 * sentence, plainer words, passives, long words), each paragraph with Toon.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { fixesFor, tooShortForScore, type Fix, type Readability } from "../../analysis/readability";
import type { DocumentParagraph } from "../../document/port";
import { LanguageContext, formatString } from "../strings";
import { useWritingHelpStrings, type WritingHelpStrings } from "../strings/writing-help";
import { decimal, levelWord } from "./level-words";
import { readabilityLevel } from "../../analysis/readability/flesch-douma";

/** Fixes shown per paragraph: what to do first, not a list to despair of. */
const MAX_FIXES = 3;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  score: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fixes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  more: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function fixLine(strings: WritingHelpStrings, fix: Fix): string {
  switch (fix.kind) {
    case "long-sentence":
      return formatString(strings.fixLongSentence, { words: fix.words });
    case "plain-word":
      return formatString(strings.fixPlainWord, { word: fix.span.text, plain: fix.suggestion });
    case "passive":
      return formatString(strings.fixPassive, { text: fix.span.text });
    case "long-word":
      return formatString(strings.fixLongWord, { word: fix.span.text });
  }
}

export function ParagraphFixes({
  readability,
  paragraphs,
  onShowParagraph,
}: {
  readability: Readability;
  paragraphs: DocumentParagraph[];
  onShowParagraph(index: number): void;
}) {
  const styles = useStyles();
  const strings = useWritingHelpStrings();
  const language = React.useContext(LanguageContext);
  const toFix = React.useMemo(
    () =>
      readability.paragraphs
        .filter((p) => paragraphs[p.index] !== undefined)
        .map((paragraph) => ({ paragraph, fixes: fixesFor(paragraph) }))
        .filter((item) => item.fixes.length > 0),
    [readability, paragraphs]
  );
  return (
    <section className={styles.section} aria-labelledby="writing-fixes-heading">
      <h3 id="writing-fixes-heading" className={styles.heading}>
        {strings.fixHeading}
      </h3>
      {toFix.length === 0 ? (
        <p className={styles.empty}>{strings.fixNone}</p>
      ) : (
        <ul className={styles.list}>
          {toFix.map(({ paragraph, fixes }) => {
            const n = paragraph.index + 1;
            const score = tooShortForScore(paragraph)
              ? strings.fixTooShort
              : formatString(strings.fixScore, {
                  level: levelWord(strings, readabilityLevel(paragraph.fleschDouma)),
                  score: decimal(language, paragraph.fleschDouma),
                });
            return (
              <li
                key={paragraph.index}
                className={styles.item}
                data-testid="writing-paragraph"
                data-paragraph={paragraph.index}
              >
                <span className={styles.top}>
                  <span>
                    <span className={styles.label}>
                      {formatString(strings.fixParagraph, { n })}
                    </span>{" "}
                    <span className={styles.score}>· {score}</span>
                  </span>
                  <Button
                    size="small"
                    onClick={() => onShowParagraph(paragraph.index)}
                    aria-label={formatString(strings.showParagraphLabel, { n })}
                  >
                    {strings.show}
                  </Button>
                </span>
                <ul className={styles.fixes}>
                  {fixes.slice(0, MAX_FIXES).map((fix) => (
                    <li key={`${fix.kind}:${fix.span.start}`} data-fix={fix.kind}>
                      {fixLine(strings, fix)}
                    </li>
                  ))}
                </ul>
                {fixes.length > MAX_FIXES && (
                  <p className={styles.more}>
                    {formatString(strings.fixMore, { n: fixes.length - MAX_FIXES })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
