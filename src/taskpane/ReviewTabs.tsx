/**
 * Ontbreekt (n) | Aanwezig (n) | Schrijfhulp | Bibliotheek — missing first, because the pane
 * opens on what to do next; the Schrijfhulp beside the themes is a second kind of review.
 * Themes set aside as "niet van toepassing" wait at the bottom of Ontbreekt, in the same list (a
 * card set aside moves there once the user is done with the list, never shown twice), with an
 * undo that stays visible. The Bibliotheek starts with the §5 core message in the user's own
 * words, then the user's own blocks, then the report's.
 */
import * as React from "react";
import { Button, MessageBarActions, makeStyles, tokens } from "@fluentui/react-components";
import { audienceById, type ThemeId } from "../content";
import type { Review } from "../analysis/types";
import { BlockLibrary } from "./blocks";
import { CoreMessageSection } from "./core-message";
import type { CoreMessageFormProps } from "./core-message/CoreMessageForm";
import { PaneTabs } from "./PaneTabs";
import { ThemeList } from "./ThemeList";
import { WritingHelpTab, type LengthLimit } from "./writing";
import type { ThemeCardProps } from "./ThemeCard";
import { Notice } from "./states/Notice";
import { coveredInOrder, missingFirst, startHere, type PaneTheme } from "./pane-themes";
import { LanguageContext, formatString, useStrings } from "./strings";

export type PaneTab = "missing" | "covered" | "writing" | "library";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
  para: { margin: 0 },
  start: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ReviewTabsProps extends Omit<ThemeCardProps, "item" | "open"> {
  review: Review;
  themes: PaneTheme[];
  tab: PaneTab;
  onTabChange(tab: PaneTab): void;
  openItems: ThemeId[];
  onToggle(id: ThemeId): void;
  /** The theme the user last set aside, for the undo notice. */
  setAside: ThemeId | null;
  /** The notice's undo: the theme comes back and its card takes the focus the notice had. */
  onUndoSetAside(id: ThemeId): void;
  /** The form's length limits, kept in the document's settings. */
  limits: LengthLimit[];
  onLimitsChange(limits: LengthLimit[]): void;
  /** The user's own blocks, shown above the report's in the library tab. */
  ownLibrary?: React.ReactNode;
  /** The §5 core message form, at the top of the library. */
  coreMessage: CoreMessageFormProps;
}

export function ReviewTabs({
  review,
  themes,
  tab,
  onTabChange,
  openItems,
  onToggle,
  setAside,
  onUndoSetAside,
  limits,
  onLimitsChange,
  ownLibrary,
  coreMessage,
  ...cardProps
}: ReviewTabsProps) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const missing = React.useMemo(() => missingFirst(themes, review), [themes, review]);
  const start = React.useMemo(() => startHere(themes, missing), [themes, missing]);
  const rest = React.useMemo(() => missing.filter((id) => !start.includes(id)), [missing, start]);
  const counted = themes.filter((t) => t.status !== "not-relevant").length;
  const coveredCount = themes.filter((t) => t.status === "covered").length;
  const covered = React.useMemo(() => coveredInOrder(themes), [themes]);
  const notRelevant = React.useMemo(
    () => themes.filter((t) => t.status === "not-relevant").map((t) => t.theme.id),
    [themes]
  );
  const setAsideTheme = setAside
    ? themes.find((t) => t.theme.id === setAside && t.status === "not-relevant")
    : undefined;
  const listProps = { themes, openItems, onToggle, ...cardProps };

  return (
    <>
      <PaneTabs<PaneTab>
        idPrefix="review"
        label={strings.tabsLabel}
        selected={tab}
        onSelect={onTabChange}
        tabs={[
          { value: "missing", label: formatString(strings.tabMissing, { n: missing.length }) },
          { value: "covered", label: formatString(strings.tabCovered, { n: covered.length }) },
          { value: "writing", label: strings.tabWriting },
          { value: "library", label: strings.tabLibrary },
        ]}
      />
      <div
        role="tabpanel"
        id={`review-panel-${tab}`}
        aria-labelledby={`review-tab-${tab}`}
        className={styles.panel}
      >
        {tab === "missing" && (
          <>
            {setAsideTheme && (
              <Notice
                intent="info"
                testId="not-relevant-notice"
                actions={
                  <MessageBarActions>
                    <Button onClick={() => onUndoSetAside(setAsideTheme.theme.id)}>
                      {strings.undo}
                    </Button>
                  </MessageBarActions>
                }
              >
                {formatString(strings.notRelevantDone, {
                  theme: setAsideTheme.theme.label[language],
                })}
              </Notice>
            )}
            {missing.length === 0 && <p className={styles.empty}>{strings.noneMissing}</p>}
            {start.length > 0 && (
              <section
                aria-labelledby="start-here"
                className={styles.start}
                data-testid="start-here"
              >
                <h3 id="start-here" className={styles.subheading}>
                  {strings.startHereHeading}
                </h3>
                <p className={styles.para}>
                  {cardProps.audience
                    ? formatString(strings.startHereFor, {
                        covered: coveredCount,
                        total: counted,
                        audience: audienceById(cardProps.audience).label[language].toLowerCase(),
                      })
                    : formatString(strings.startHereGeneral, {
                        covered: coveredCount,
                        total: counted,
                      })}
                </p>
                <ThemeList ids={start} {...listProps} />
              </section>
            )}
            {start.length > 0 && rest.length > 0 && (
              <h3 className={styles.subheading}>{strings.otherOpenHeading}</h3>
            )}
            {/* The set-aside themes are this list's tail, so a card set aside moves in place. */}
            {rest.length + notRelevant.length > 0 && (
              <ThemeList
                ids={[...rest, ...notRelevant]}
                setAsideHeading={
                  notRelevant.length > 0 && (
                    <h3 className={styles.subheading}>
                      {formatString(strings.notRelevantSection, { n: notRelevant.length })}
                    </h3>
                  )
                }
                {...listProps}
              />
            )}
          </>
        )}
        {tab === "covered" &&
          (covered.length === 0 ? (
            <p className={styles.empty}>{strings.noneCovered}</p>
          ) : (
            <ThemeList ids={covered} {...listProps} />
          ))}
        {tab === "writing" && (
          <WritingHelpTab
            paragraphs={cardProps.paragraphs}
            limits={limits}
            onLimitsChange={onLimitsChange}
            onShowParagraph={cardProps.onShowParagraph}
          />
        )}
        {tab === "library" && <CoreMessageSection {...coreMessage} />}
        {tab === "library" && ownLibrary}
        {tab === "library" && (
          <BlockLibrary
            audience={cardProps.audience}
            values={cardProps.values}
            onValuesChange={cardProps.onValuesChange}
            inserter={cardProps.inserter}
          />
        )}
      </div>
    </>
  );
}
