/**
 * The task pane: reads and reviews the document through the port, remembers the user's choices
 * in the document, and lays out header, overview, tabs and actions. State lives in the hooks;
 * the components below only render it.
 */
import * as React from "react";
import {
  Button,
  MessageBarActions,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ParagraphReview } from "../analysis/types";
import type { Audience, ThemeId } from "../content";
import { isOwnBlock } from "../content";
import type { DocumentPort, InsertOutcome, InsertedBlock, PortResult } from "../document/port";
import { useAnnounce } from "./announce";
import {
  useBlockInserter,
  BlockLibrary,
  InsertBanner,
  PlacementContext,
  insertReportText,
  quoteAt,
  usePlacement,
  type BlockInserter,
  type InsertReport,
  type InsertWhere,
  type Insertion,
} from "./blocks";
import { portReason } from "./blocks/port-reason";
import { ReviewCommentsAction } from "./comments";
import { OwnLibraryContext, OwnLibraryTab, useOwnLibrary } from "./own-blocks";
import { reviewedOwnBlocks } from "./own-blocks/reviewed-blocks";
import { CoreMessageSection } from "./core-message";
import type { CoreMessageFormProps } from "./core-message/CoreMessageForm";
import { AdviceStrip } from "./AdviceStrip";
import { AudiencePicker, audienceHint } from "./AudiencePicker";
import { Header } from "./Header";
import { Overview } from "./Overview";
import { ParagraphCount } from "./ParagraphCount";
import { ReviewTabs, type PaneTab } from "./ReviewTabs";
import { useDocumentChanges } from "./hooks/useDocumentChanges";
import { useDocumentSettings } from "./hooks/useDocumentSettings";
import { useReview } from "./hooks/useReview";
import { useSettledEmpty } from "./hooks/useSettledEmpty";
import { paneThemes } from "./pane-themes";
import { EmptyDocument } from "./states/EmptyDocument";
import { ErrorState } from "./states/ErrorState";
import { LoadingState } from "./states/LoadingState";
import { Notice } from "./states/Notice";
import { UnsupportedState } from "./states/UnsupportedState";
import { LanguageContext, formatString, useStrings } from "./strings";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
    // Not "anywhere": that lets a flex item shrink below its longest word and breaks the word
    // ("Vernieuwe n"); break-word breaks only a word too long for a line of its own.
    overflowWrap: "break-word",
    // Focus lands on the pane itself only when what held it went away (a closed banner).
    ":focus": { outline: "none" },
  },
  top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  progress: { minHeight: "2px" },
  footer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function Pane({ port }: { port: DocumentPort }) {
  const capabilities = React.useMemo(() => port.capabilities(), [port]);
  if (!capabilities.read) {
    return (
      <PaneFrame>
        <UnsupportedState details={capabilities.missing} />
      </PaneFrame>
    );
  }
  return <ReadablePane port={port} />;
}

export function PaneFrame({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  return <main className={styles.pane}>{children}</main>;
}

function ReadablePane({ port }: { port: DocumentPort }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const capabilities = React.useMemo(() => port.capabilities(), [port]);
  const settings = useDocumentSettings(port);
  const ownLibrary = useOwnLibrary();
  const ownBlocks = React.useMemo(
    () => reviewedOwnBlocks(ownLibrary.blocks, settings.ownBlocks),
    [ownLibrary.blocks, settings.ownBlocks]
  );
  const { loading, paragraphs, review, error, busy, refresh } = useReview(
    port,
    settings.audience,
    ownBlocks
  );
  useDocumentChanges(port, refresh);

  const [tab, setTab] = React.useState<PaneTab>("missing");
  const [openItems, setOpenItems] = React.useState<ThemeId[]>([]);
  const [setAside, setSetAside] = React.useState<ThemeId | null>(null);
  const [showProblem, setShowProblem] = React.useState<string | null>(null);
  const root = React.useRef<HTMLElement>(null);
  const footer = React.useRef<HTMLDivElement>(null);
  const focusTheme = React.useRef<ThemeId | null>(null);

  const themes = React.useMemo(
    () => (review ? paneThemes(review, settings.notRelevant) : []),
    [review, settings.notRelevant]
  );
  const paragraphReviews = React.useMemo(
    () => new Map<number, ParagraphReview>((review?.paragraphs ?? []).map((p) => [p.index, p])),
    [review]
  );

  const { noteOwnBlock } = settings;
  const placement = usePlacement(port, paragraphs);
  const [report, setReport] = React.useState<InsertReport | null>(null);
  // The paragraphs the insert went into, to quote the one it went after.
  const paragraphsNow = React.useRef(paragraphs);
  React.useLayoutEffect(() => {
    paragraphsNow.current = paragraphs;
  });
  const onInserted = React.useCallback(
    (item: Insertion, outcome: InsertOutcome, inserted: InsertedBlock) => {
      const quote =
        outcome.afterIndex < 0 ? null : quoteAt(paragraphsNow.current, outcome.afterIndex);
      const next: InsertReport = { item, inserted, quote, undone: false, problem: null };
      setReport(next);
      announce(insertReportText(next, strings));
      // The review catches up so the theme turns covered.
      void refresh();
      if (item.kind === "block" && isOwnBlock(item.block)) noteOwnBlock(item.block);
    },
    [announce, refresh, strings, noteOwnBlock]
  );
  const locate = placement.locate;
  const blockInserter = useBlockInserter(port, onInserted, {
    locate: React.useCallback(
      async (where: InsertWhere) => (await locate(where)).location,
      [locate]
    ),
    reportsInserts: true,
  });

  const onUndoInsert = React.useCallback(async () => {
    if (!report) return;
    const result = await port.removeInserted(report.inserted);
    const next: InsertReport = result.ok
      ? { ...report, undone: true, problem: null }
      : {
          ...report,
          problem: formatString(strings.undoFailed, {
            reason: portReason(result.error, strings, language),
          }),
        };
    setReport(next);
    announce(next.problem ?? insertReportText(next, strings));
    if (result.ok) void refresh();
  }, [announce, language, port, refresh, report, strings]);

  const onShowInserted = React.useCallback(async () => {
    if (!report) return;
    const result = await port.selectInserted(report.inserted);
    const problem = result.ok
      ? null
      : formatString(strings.showInsertedFailed, {
          reason: portReason(result.error, strings, language),
        });
    setReport({ ...report, problem });
    if (problem) announce(problem);
  }, [announce, language, port, report, strings]);

  const onCloseReport = React.useCallback(() => {
    setReport(null);
    // The banner's close button goes away with it; focus goes to the pane, not to the page.
    root.current?.focus();
  }, []);
  // Word says up front when it opened the document read-only (capabilities.insert); protected
  // content and the preview's read-only switch only show with the first refused insert.
  const [refusedReadOnly, setRefusedReadOnly] = React.useState(false);
  const inserter = React.useMemo<BlockInserter>(() => {
    const noteRefusal = (result: PortResult<InsertOutcome>) => {
      if (!result.ok && (result.error.code === "read-only" || result.error.code === "protected"))
        setRefusedReadOnly(true);
      return result;
    };
    return {
      pendingTag: blockInserter.pendingTag,
      reportsInserts: blockInserter.reportsInserts,
      insert: async (block, values, where) =>
        noteRefusal(await blockInserter.insert(block, values, where)),
      insertItem: async (item, where) => noteRefusal(await blockInserter.insertItem(item, where)),
    };
  }, [blockInserter]);

  const coreMessage: CoreMessageFormProps = {
    setting: settings.coreMessage,
    onChange: settings.setCoreMessage,
    paneAudience: settings.audience,
    neighbourhood: settings.values.buurt ?? "",
    review,
    inserter,
  };

  const onShowParagraph = React.useCallback(
    async (index: number) => {
      const n = index + 1;
      if (!capabilities.select) {
        const text = formatString(strings.selectUnsupported, { n });
        setShowProblem(text);
        announce(text);
        return;
      }
      const result = await port.selectParagraph(index, paragraphs[index]?.text);
      if (result.ok) {
        setShowProblem(null);
        return;
      }
      const text = formatString(strings.selectFailed, { n, reason: result.error.message });
      setShowProblem(text);
      announce(text);
      // The index may be stale (the user edited); a fresh read lines the pane up again.
      if (result.error.code === "not-found") void refresh();
    },
    [announce, capabilities.select, paragraphs, port, refresh, strings]
  );

  const onNotRelevant = React.useCallback(
    (id: ThemeId, notRelevant: boolean) => {
      settings.setNotRelevant(id, notRelevant);
      setSetAside(notRelevant ? id : null);
      const theme = themes.find((t) => t.theme.id === id)?.theme;
      if (theme) {
        announce(
          formatString(notRelevant ? strings.notRelevantDone : strings.undoDone, {
            theme: theme.label[language],
          })
        );
      }
    },
    [announce, language, settings, strings, themes]
  );

  const onUndoSetAside = React.useCallback(
    (id: ThemeId) => {
      onNotRelevant(id, false);
      focusTheme.current = id;
    },
    [onNotRelevant]
  );

  const onAudience = React.useCallback(
    (audience: Audience) => {
      settings.setAudience(audience);
      announce(`${strings.audienceReordered} ${audienceHint(strings, language, audience)}`);
    },
    [announce, language, settings, strings]
  );

  const onToggle = React.useCallback((id: ThemeId) => {
    setOpenItems((open) =>
      open.includes(id) ? open.filter((other) => other !== id) : [...open, id]
    );
  }, []);

  // The overview's marks open their theme: the right tab, the card expanded and focused.
  const onOpenTheme = React.useCallback(
    (id: ThemeId) => {
      const status = themes.find((t) => t.theme.id === id)?.status;
      setTab(status === "covered" ? "covered" : "missing");
      setOpenItems((open) => (open.includes(id) ? open : [...open, id]));
      focusTheme.current = id;
    },
    [themes]
  );
  React.useEffect(() => {
    const id = focusTheme.current;
    if (!id || !root.current) return;
    focusTheme.current = null;
    const header = root.current.querySelector<HTMLElement>(
      `[data-theme="${id}"] [data-theme-toggle]`
    );
    header?.focus();
    header?.scrollIntoView?.({ block: "nearest" });
  });

  // Say the result once after the first review, so screen-reader users know the pane is ready.
  const announcedFirst = React.useRef(false);
  React.useEffect(() => {
    if (!review || announcedFirst.current) return;
    announcedFirst.current = true;
    const covered = themes.filter((t) => t.status === "covered").length;
    announce(formatString(strings.reviewDone, { covered, total: themes.length }));
  }, [announce, review, strings, themes]);

  const noText = review !== null && paragraphs.every((p) => p.text.trim() === "");
  const empty = useSettledEmpty(review === null ? null : noText);
  const ownLibrarySection = (
    <OwnLibraryTab
      port={port}
      review={review}
      recorded={settings.ownBlocks}
      audience={settings.audience}
      values={settings.values}
      onValuesChange={settings.setValues}
      inserter={inserter}
    />
  );
  const library = (
    <>
      <CoreMessageSection {...coreMessage} />
      {ownLibrarySection}
      <BlockLibrary
        audience={settings.audience}
        values={settings.values}
        onValuesChange={settings.setValues}
        inserter={inserter}
      />
    </>
  );

  const pane = (
    <main
      className={styles.pane}
      ref={root}
      tabIndex={-1}
      aria-busy={busy || loading}
      onPointerEnter={placement.update}
      onFocus={(event) => {
        // Focus coming in from the document: the cursor may have moved there.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) placement.update();
      }}
    >
      <div className={styles.top}>
        <Header onRefresh={() => void refresh()} busy={busy} missing={capabilities.missing} />
        {/* What the pane does, in one sentence, before anything asks for a choice. */}
        <p className={styles.intro} data-testid="pane-intro">
          {strings.paneIntro}
        </p>
        <AudiencePicker audience={settings.audience} onChange={onAudience}>
          {review && <ParagraphCount count={paragraphs.length} />}
        </AudiencePicker>
        <div className={styles.progress}>
          {busy && <ProgressBar aria-label={strings.refreshing} thickness="medium" />}
        </div>
      </div>

      {report && (
        <InsertBanner
          report={report}
          onUndo={() => void onUndoInsert()}
          onShow={() => void onShowInserted()}
          onClose={onCloseReport}
        />
      )}

      {error?.code === "unsupported" ? (
        <UnsupportedState details={[error.message, ...capabilities.missing]} />
      ) : (
        error &&
        (review ? (
          <Notice
            intent="error"
            title={strings.errorTitle}
            testId="error-state"
            actions={
              <MessageBarActions>
                <Button onClick={() => void refresh()}>{strings.retry}</Button>
              </MessageBarActions>
            }
          >
            {error.message} {strings.errorBody}
          </Notice>
        ) : (
          <ErrorState error={error} onRetry={() => void refresh()} />
        ))
      )}
      {(!capabilities.insert || refusedReadOnly) && (
        <Notice intent="warning" title={strings.readOnlyTitle} testId="read-only-notice">
          {strings.readOnlyBody}
        </Notice>
      )}
      {review && !review.looksDutch && !noText && (
        <Notice intent="info" title={strings.notDutchTitle} testId="not-dutch-notice">
          {strings.notDutchBody}
        </Notice>
      )}
      {!settings.saved && (
        <Notice intent="warning" testId="settings-notice">
          {strings.settingsNotSaved}
        </Notice>
      )}
      {showProblem && (
        <Notice intent="warning" testId="show-notice">
          {showProblem}
        </Notice>
      )}

      {loading && !review && <LoadingState />}
      {review && empty && <EmptyDocument library={library} />}
      {review && !empty && (
        <>
          <Overview themes={themes} onOpenTheme={onOpenTheme} />
          <ReviewTabs
            review={review}
            themes={themes}
            tab={tab}
            onTabChange={setTab}
            openItems={openItems}
            onToggle={onToggle}
            setAside={setAside}
            onUndoSetAside={onUndoSetAside}
            paragraphs={paragraphs}
            paragraphReviews={paragraphReviews}
            values={settings.values}
            onValuesChange={settings.setValues}
            inserter={inserter}
            audience={settings.audience}
            onShowParagraph={(index) => void onShowParagraph(index)}
            onNotRelevant={onNotRelevant}
            limits={settings.limits}
            onLimitsChange={settings.setLimits}
            ownLibrary={ownLibrarySection}
            coreMessage={coreMessage}
          />
          <div className={styles.footer} ref={footer} tabIndex={-1}>
            <AdviceStrip
              onLastHidden={() => footer.current?.focus()}
              advice={review.advice}
              paragraphs={paragraphs}
              onShowParagraph={(index) => void onShowParagraph(index)}
            />
            <ReviewCommentsAction port={port} review={review} capabilities={capabilities} />
          </div>
        </>
      )}
    </main>
  );
  return (
    <OwnLibraryContext.Provider value={ownLibrary}>
      <PlacementContext.Provider value={placement}>{pane}</PlacementContext.Provider>
    </OwnLibraryContext.Provider>
  );
}
