/** The draft's level in words a volunteer understands, with the score against the B1 target. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DraftReadability } from "../../analysis/readability/types";
import { B1_TARGET_SCORE } from "../../content/readability";
import { LanguageContext, formatString } from "../strings";
import { useWritingHelpStrings } from "../strings/writing-help";
import { decimal, levelWord } from "./level-words";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  level: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  para: { margin: 0 },
  quiet: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function LevelSummary({ draft }: { draft: DraftReadability | null }) {
  const styles = useStyles();
  const strings = useWritingHelpStrings();
  const language = React.useContext(LanguageContext);
  return (
    <section className={styles.section} aria-labelledby="writing-level-heading">
      <h3 id="writing-level-heading" className={styles.heading}>
        {strings.levelHeading}
      </h3>
      {draft ? (
        <>
          <p className={styles.level} data-testid="writing-level" data-level={draft.level}>
            {formatString(strings.levelLine, { level: levelWord(strings, draft.level) })}
          </p>
          <p className={styles.para}>
            {draft.fleschDouma >= B1_TARGET_SCORE ? strings.levelB1Met : strings.levelB1NotMet}
          </p>
          <p className={styles.quiet}>
            {formatString(strings.levelScore, {
              score: decimal(language, draft.fleschDouma),
              target: B1_TARGET_SCORE,
            })}{" "}
            {formatString(strings.levelCounts, {
              words: draft.words,
              sentences: draft.sentences,
              perSentence: decimal(language, draft.words / Math.max(1, draft.sentences)),
            })}
          </p>
        </>
      ) : (
        <p className={styles.quiet}>{strings.levelNoWords}</p>
      )}
    </section>
  );
}
