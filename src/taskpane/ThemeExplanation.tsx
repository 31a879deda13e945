/**
 * What a theme card explains, in the pane’s own words and apart from the report’s: why the theme
 * counts (our sentence, then the report’s words as a quote with its section, in Dutch also in the
 * English pane, since they are the report’s), what to do, and for a weak theme what the draft
 * already says and what it still lacks.
 */
import * as React from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { ParagraphReview, Weakness } from "../analysis/types";
import type { Theme } from "../content";
import { LanguageContext, formatString, useStrings } from "./strings";
import { quotedList } from "./theme-names";

/** More found phrases than this make the sentence a list. */
const MAX_PHRASES = 3;

const useStyles = makeStyles({
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  para: { margin: 0 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    ...shorthands.borderLeft("3px", "solid", tokens.colorNeutralStroke1),
  },
  quoteSource: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quoteText: { margin: 0, fontStyle: "italic" },
  tip: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    ...shorthands.borderLeft("3px", "solid", tokens.colorBrandStroke1),
  },
});

export function WhyAndTip({ theme }: { theme: Theme }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  return (
    <>
      <h4 className={styles.subheading}>{strings.whyHeading}</h4>
      <p className={styles.para} data-testid="theme-why">
        {theme.why[language]}
      </p>
      <figure className={styles.quote} data-testid="report-quote">
        <figcaption className={styles.quoteSource}>
          {formatString(strings.reportSays, { section: theme.reportQuote.section })}
        </figcaption>
        <blockquote className={styles.quoteText} lang="nl">
          “{theme.reportQuote.text}”
        </blockquote>
      </figure>
      <h4 className={styles.subheading}>{strings.tipHeading}</h4>
      <p className={styles.tip} data-testid="theme-tip">
        {theme.tip[language]}
      </p>
    </>
  );
}

/**
 * “Alinea 5 noemt “vertrouwen”, maar zegt het één keer en nog niet duidelijk.”: the paragraph
 * and phrases the engine found, and why that alone does not carry the theme yet.
 */
export function WeakNote({
  theme,
  weakness,
  paragraph,
  found,
}: {
  theme: Theme;
  weakness: Weakness;
  paragraph: number;
  found: ParagraphReview | undefined;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const evidence = found?.themes.find((t) => t.id === theme.id)?.evidence ?? [];
  const phrases = [...new Set(evidence.map((e) => e.text))].slice(0, MAX_PHRASES);
  const named = phrases.length > 0 ? quotedList(phrases, language) : strings.weakPhrasesNone;
  return (
    <>
      <h4 className={styles.subheading}>{strings.weakHeading}</h4>
      <p className={styles.para} data-testid="weak-note">
        {formatString(strings[`weakness.${weakness}`], { n: paragraph + 1, phrases: named })}
      </p>
    </>
  );
}

export function StrongerNote({ theme }: { theme: Theme }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  return (
    <>
      <h4 className={styles.subheading}>{strings.strongerHeading}</h4>
      <p className={styles.para} data-testid="theme-stronger">
        {theme.stronger[language]}
      </p>
    </>
  );
}
