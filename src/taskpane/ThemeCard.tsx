/**
 * One theme, collapsed to its label, state and one-line reason; opened: for a weak theme what the
 * draft says and still lacks, the paragraphs that argue it (with the deciding words marked), why
 * it matters (with the report's own words as a quote), what to do and, when it is missing or
 * weak, the report's own text blocks to insert. A disclosure (heading > button with aria-expanded) in
 * Fluent's accordion look; Fluent's Accordion would bring a focus-management library for nothing
 * the cards use.
 */
import * as React from "react";
import { Button, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { ParagraphReview } from "../analysis/types";
import { blockById, type Audience, type ThemeId } from "../content";
import type { DocumentParagraph } from "../document/port";
import { BlockList, type BlockInserter, type PlaceholderValues } from "./blocks";
import { EvidenceText } from "./EvidenceText";
import { StrongerNote, WeakNote, WhyAndTip } from "./ThemeExplanation";
import { ThemeMark } from "./ThemeMark";
import type { PaneTheme } from "./pane-themes";
import { statusLabel } from "./status-label";
import { LanguageContext, formatString, useStrings } from "./strings";
import { OwnSuggestions } from "./own-blocks/own-suggestions";

/** More than this many paragraphs or blocks makes a card too long to scan at 320 px. */
const MAX_EVIDENCE = 3;
const MAX_BLOCKS = 3;

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  toggle: {
    // The focus ring is drawn by an ::after box placed against the nearest positioned box.
    position: "relative",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "44px",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  chevron: { flexShrink: 0 },
  headerContent: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    width: "100%",
  },
  label: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: "break-word",
    hyphens: "auto",
    textAlign: "start",
  },
  status: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    flexShrink: 0,
  },
  panel: {
    margin: `0 ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    overflowWrap: "break-word",
    hyphens: "auto",
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Under the label: past the toggle's padding, the mark (14px) and the gap.
  reason: {
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS} calc(${tokens.spacingHorizontalMNudge} + 14px + ${tokens.spacingHorizontalS})`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    hyphens: "auto",
  },
  evidence: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  evidenceTop: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  evidenceLabel: { fontWeight: tokens.fontWeightSemibold },
  evidenceSource: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  footer: { display: "flex", justifyContent: "flex-start" },
});

export interface ThemeCardProps {
  item: PaneTheme;
  open: boolean;
  onToggle(id: ThemeId): void;
  paragraphs: DocumentParagraph[];
  paragraphReviews: Map<number, ParagraphReview>;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
  audience: Audience | null;
  onShowParagraph(index: number): void;
  onNotRelevant(id: ThemeId, notRelevant: boolean): void;
}

export function ThemeCard(props: ThemeCardProps) {
  const { item, open, onToggle, paragraphs, paragraphReviews, onShowParagraph, onNotRelevant } =
    props;
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const toggleId = React.useId();
  const panelId = React.useId();
  const reasonId = React.useId();
  const { theme, status } = item;
  // A block just inserted turns the theme covered and the engine stops suggesting blocks; the
  // card keeps showing them while it is still on screen, so the focused button is not pulled away.
  const [keptIds, setKeptIds] = React.useState(item.blockIds);
  if (item.blockIds.length > 0 && item.blockIds.join() !== keptIds.join())
    setKeptIds(item.blockIds);
  const blockIds = item.blockIds.length > 0 || status !== "covered" ? item.blockIds : keptIds;
  const blocks = blockIds
    .map((id) => blockById(id))
    .filter((block) => block !== undefined)
    .slice(0, MAX_BLOCKS);
  const evidence = item.paragraphs
    .slice(0, MAX_EVIDENCE)
    .filter((index) => paragraphs[index] !== undefined);
  // A weak theme says, for this draft, what its one paragraph has and why that is not enough yet.
  const weakNote =
    status === "weak" && item.weakness && evidence.length > 0
      ? { weakness: item.weakness, paragraph: evidence[0] }
      : null;

  const toggleRef = React.useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || !open || event.defaultPrevented) return;
    event.preventDefault();
    onToggle(theme.id);
    toggleRef.current?.focus();
  };

  return (
    <div
      data-testid="theme-card"
      data-theme={theme.id}
      data-status={status}
      onKeyDown={closeOnEscape}
    >
      <h3 className={styles.heading}>
        <button
          type="button"
          id={toggleId}
          ref={toggleRef}
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          aria-describedby={open ? undefined : reasonId}
          data-theme-toggle
          onClick={() => onToggle(theme.id)}
        >
          <span className={styles.headerContent}>
            <ThemeMark status={status} />
            <span className={styles.label}>{theme.label[language]}</span>
            <span className={styles.status}>{statusLabel(strings, status)}</span>
          </span>
          {open ? (
            <ChevronDown16Regular className={styles.chevron} aria-hidden />
          ) : (
            <ChevronRight16Regular className={styles.chevron} aria-hidden />
          )}
        </button>
      </h3>
      {/* The reason reads under the name while closed; opened, it heads "Waarom dit telt". */}
      {!open && (
        <p id={reasonId} className={styles.reason} data-testid="theme-reason">
          {theme.why[language]}
        </p>
      )}
      {open && (
        <div id={panelId} className={styles.panel}>
          {weakNote ? (
            <WeakNote
              theme={theme}
              weakness={weakNote.weakness}
              paragraph={weakNote.paragraph}
              found={paragraphReviews.get(weakNote.paragraph)}
            />
          ) : (
            evidence.length > 0 && <h4 className={styles.subheading}>{strings.evidenceHeading}</h4>
          )}
          {evidence.length > 0 && (
            <>
              <ul className={styles.list}>
                {evidence.map((index) => {
                  const found = paragraphReviews.get(index)?.themes.find((t) => t.id === theme.id);
                  const label = formatString(strings.paragraphLabel, { n: index + 1 });
                  // Whose block the words are: the report's or the user's own, never confused.
                  const source = found?.fromReport
                    ? formatString(strings.fromReport, { section: found.fromReport.section })
                    : found?.fromOwnBlock
                      ? formatString(strings.fromOwnBlock, { title: found.fromOwnBlock.title })
                      : null;
                  return (
                    <li key={index} className={styles.evidence} data-testid="evidence">
                      <span className={styles.evidenceTop}>
                        <span className={styles.evidenceLabel}>{label}</span>
                        <Button
                          size="small"
                          onClick={() => onShowParagraph(index)}
                          aria-label={formatString(strings.showParagraphLabel, { n: index + 1 })}
                        >
                          {strings.show}
                        </Button>
                      </span>
                      {source && <span className={styles.evidenceSource}>{source}</span>}
                      <EvidenceText
                        text={paragraphs[index].text}
                        evidence={found?.evidence ?? []}
                        sentence={found?.sentence}
                      />
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {weakNote && <StrongerNote theme={theme} />}
          <WhyAndTip theme={theme} />
          {blocks.length > 0 && (
            <>
              <h4 className={styles.subheading}>{strings.suggestionsHeading}</h4>
              <BlockList
                blocks={blocks}
                values={props.values}
                onValuesChange={props.onValuesChange}
                inserter={props.inserter}
                audience={props.audience}
                headingLevel={4}
              />
            </>
          )}
          {status !== "covered" && (
            <OwnSuggestions
              ids={item.ownBlockIds}
              headingClassName={styles.subheading}
              values={props.values}
              onValuesChange={props.onValuesChange}
              inserter={props.inserter}
              audience={props.audience}
            />
          )}
          {status !== "covered" && (
            <div className={styles.footer}>
              {/* One button that changes its word, so the focus stays on it both ways. */}
              <Button
                appearance="secondary"
                onClick={() => onNotRelevant(theme.id, status !== "not-relevant")}
              >
                {status === "not-relevant" ? strings.countAgain : strings.notRelevant}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
