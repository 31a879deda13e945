/**
 * Quiet on empty: an empty document is a start, not an error. The themes become a checklist to
 * write toward, with the library below to begin from the report's own words.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { THEMES } from "../../content";
import { ThemeMark } from "../ThemeMark";
import { LanguageContext, useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  why: {
    gridColumn: "2",
    color: tokens.colorNeutralForeground3,
    overflowWrap: "break-word",
    hyphens: "auto",
  },
});

export function EmptyDocument({ library }: { library: React.ReactNode }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  return (
    <div className={styles.root} data-testid="empty-state">
      <h2 className={styles.title}>{strings.emptyTitle}</h2>
      <p className={styles.body}>{strings.emptyBody}</p>
      <h3 className={styles.subtitle} id="empty-checklist">
        {strings.emptyChecklist}
      </h3>
      <ul className={styles.list} aria-labelledby="empty-checklist">
        {THEMES.map((theme) => (
          <li key={theme.id} className={styles.item}>
            <ThemeMark status="missing" />
            <span className={styles.label}>{theme.label[language]}</span>
            <span className={styles.why}>{theme.why[language]}</span>
          </li>
        ))}
      </ul>
      <h3 className={styles.subtitle}>{strings.tabLibrary}</h3>
      {library}
    </div>
  );
}
