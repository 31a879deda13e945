/**
 * "7 van 11 thema's in je tekst" and one mark per theme, so the state is seen at a glance.
 * The marks are one tab stop (arrow keys move between them, as in any toolbar); each is named on
 * hover and on focus by a small label under the row, and opens its theme. A legend under the row
 * says what each shape means and how many themes have it, so the marks never stand unexplained.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ThemeId } from "../content";
import { LanguageContext, formatString, useStrings } from "./strings";
import { ThemeMark } from "./ThemeMark";
import { countOf, type PaneStatus, type PaneTheme } from "./pane-themes";
import { statusLabel } from "./status-label";

const useStyles = makeStyles({
  overview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  score: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  dots: { position: "relative" },
  legend: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  marks: { display: "flex", flexWrap: "wrap", gap: "2px" },
  markButton: { minWidth: "24px", width: "24px", height: "24px", padding: 0 },
  // Fluent's tooltip look; over the content below rather than pushing it down.
  label: {
    position: "absolute",
    top: "100%",
    left: 0,
    zIndex: 1,
    maxWidth: "100%",
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    "@media (forced-colors: active)": { outline: "1px solid CanvasText" },
  },
});

/** The legend's order: the overview's shapes from done to set aside. */
const LEGEND: PaneStatus[] = ["covered", "weak", "missing", "not-relevant"];

const NEXT: Record<string, (at: number, n: number) => number> = {
  ArrowRight: (at, n) => (at + 1) % n,
  ArrowDown: (at, n) => (at + 1) % n,
  ArrowLeft: (at, n) => (at - 1 + n) % n,
  ArrowUp: (at, n) => (at - 1 + n) % n,
  Home: () => 0,
  End: (_at, n) => n - 1,
};

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
  // The one mark in the tab order; arrow keys move it.
  const [current, setCurrent] = React.useState(0);
  // The mark whose name shows: hovered or focused.
  const [named, setNamed] = React.useState<number | null>(null);
  const buttons = React.useRef<Array<HTMLElement | null>>([]);
  const notRelevant = countOf(themes, "not-relevant");
  const covered = countOf(themes, "covered");
  const total = themes.length - notRelevant;
  const score =
    notRelevant > 0
      ? formatString(strings.overviewScoreNotRelevant, { covered, total, n: notRelevant })
      : formatString(strings.overviewScore, { covered, total });
  const nameOf = (i: number) =>
    `${themes[i].theme.label[language]}: ${statusLabel(strings, themes[i].status)}`;
  const tabStop = Math.min(current, themes.length - 1);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      setNamed(null);
      return;
    }
    const next = NEXT[event.key];
    if (!next || themes.length === 0) return;
    event.preventDefault();
    const to = next(tabStop, themes.length);
    setCurrent(to);
    buttons.current[to]?.focus();
  };

  return (
    <section
      className={styles.overview}
      aria-labelledby="overview-score"
      data-testid="theme-overview"
    >
      <h2 id="overview-score" className={styles.score}>
        {score}
      </h2>
      <div className={styles.dots} onMouseLeave={() => setNamed(null)}>
        <div
          role="toolbar"
          aria-label={strings.overviewDotsLabel}
          aria-describedby="overview-dots-hint"
          className={styles.marks}
          onKeyDown={onKeyDown}
          onBlur={() => setNamed(null)}
        >
          {themes.map(({ theme, status }, i) => (
            <Button
              key={theme.id}
              ref={(element) => {
                buttons.current[i] = element;
              }}
              appearance="transparent"
              className={styles.markButton}
              tabIndex={i === tabStop ? 0 : -1}
              aria-label={nameOf(i)}
              data-theme={theme.id}
              data-status={status}
              icon={<ThemeMark status={status} />}
              onFocus={() => {
                setCurrent(i);
                setNamed(i);
              }}
              onMouseEnter={() => setNamed(i)}
              onClick={() => onOpenTheme(theme.id)}
            />
          ))}
        </div>
        {named !== null && named < themes.length && (
          // The button's own name already says this to screen readers.
          <div className={styles.label} aria-hidden="true" data-testid="overview-label">
            {nameOf(named)}
          </div>
        )}
      </div>
      <span id="overview-dots-hint" hidden>
        {strings.overviewDotsHint}
      </span>
      <ul
        className={styles.legend}
        aria-label={strings.overviewLegendLabel}
        data-testid="overview-legend"
      >
        {LEGEND.filter((status) => status !== "not-relevant" || notRelevant > 0).map((status) => (
          <li key={status} className={styles.legendItem} data-status={status}>
            <ThemeMark status={status} />
            {formatString(strings.overviewLegendItem, {
              status: statusLabel(strings, status),
              n: countOf(themes, status),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
