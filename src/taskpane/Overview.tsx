/**
 * "7 van 11 thema's in je tekst" and one mark per theme, so the state is seen at a glance.
 * The marks are one tab stop (arrow keys move between them); each is named on hover and focus
 * and opens its theme.
 */
import * as React from "react";
import {
  Button,
  Tooltip,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { ThemeId } from "../content";
import { LanguageContext, formatString, useStrings } from "./strings";
import { ThemeMark } from "./ThemeMark";
import { countOf, type PaneTheme } from "./pane-themes";
import { statusLabel } from "./status-label";

const useStyles = makeStyles({
  overview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  score: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  marks: { display: "flex", flexWrap: "wrap", gap: "2px" },
  markButton: { minWidth: "24px", width: "24px", height: "24px", padding: 0 },
});

export function Overview({
  themes,
  onOpenTheme,
}: {
  themes: PaneTheme[];
  onOpenTheme(id: ThemeId): void;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const arrows = useArrowNavigationGroup({ axis: "horizontal", circular: true });
  const notRelevant = countOf(themes, "not-relevant");
  const covered = countOf(themes, "covered");
  const total = themes.length - notRelevant;
  const score =
    notRelevant > 0
      ? formatString(strings.overviewScoreNotRelevant, { covered, total, n: notRelevant })
      : formatString(strings.overviewScore, { covered, total });
  return (
    <section
      className={styles.overview}
      aria-labelledby="overview-score"
      data-testid="theme-overview"
    >
      <h2 id="overview-score" className={styles.score}>
        {score}
      </h2>
      <div
        role="toolbar"
        aria-label={strings.overviewDotsLabel}
        className={styles.marks}
        {...arrows}
      >
        {themes.map(({ theme, status }) => (
          <Tooltip
            key={theme.id}
            content={`${theme.label[language]}: ${statusLabel(strings, status)}`}
            relationship="label"
          >
            <Button
              appearance="transparent"
              className={styles.markButton}
              data-theme={theme.id}
              data-status={status}
              icon={<ThemeMark status={status} />}
              onClick={() => onOpenTheme(theme.id)}
            />
          </Tooltip>
        ))}
      </div>
    </section>
  );
}
