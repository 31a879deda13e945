/**
 * What this Word can do, asked once through Office's requirement sets, so the pane can offer
 * what the host has and say in Dutch what an older Word lacks instead of failing later.
 *
 * Feature → Word API set (Microsoft's requirement-set pages):
 *   read, insert (paragraphs, content control with tag), select     WordApi 1.1
 *   styleBuiltIn / isListItem / tableNestingLevel, ranges (expandTo) WordApi 1.3
 *   parentTable, Table.insertParagraph, detachFromList                WordApi 1.3
 *   comments (insertComment, getComments, replies), changeTrackingMode WordApi 1.4
 *   getReviewedText("Current"): text after tracked changes            WordApi 1.4
 *   paragraph added/changed/deleted events, paragraph ids, tracked
 *   changes in the body (getTrackedChanges)                           WordApi 1.6
 *   Paragraph.getText(): text without deleted and hidden text         WordApi 1.7
 *   per-document settings                                             common API (Office.context.document.settings)
 *   read-only document known up front                                 common API (Office.context.document.mode)
 */
import type { HostCapabilities } from "./port";
import { documentMessage } from "./messages";
import type { OfficeHost } from "./word-host";
import { textViewFor, type TextView } from "./word-text";

/** The WordApi versions worth asking about; 1.1 … 1.9 cover every feature above and then some. */
const PROBED_WORD_API_SETS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

export interface WordApiLevel {
  /** WordApi 1.3: built-in style names, list and table information, Body/Paragraph.getRange, expandTo, getFirst/getNext. */
  ranges: boolean;
  /** WordApi 1.4: comments and the change-tracking mode. */
  comments: boolean;
  /** WordApi 1.6: paragraph events, and paragraph ids (uniqueLocalId, getParagraphByUniqueLocalId). */
  paragraphEvents: boolean;
  /** How this Word gives a paragraph's text without tracked deletions (see word-text.ts). */
  textView: TextView;
  /** WordApi 1.6: Body.getTrackedChanges, so the read knows whether any deletion is tracked. */
  trackedChanges: boolean;
  /** Blocks go into a tagged content control (false on Office on the web, see below). */
  blockControls: boolean;
}

/**
 * Content controls inserted on Word on the web currently break saving and co-authoring for some
 * users (office-js #6590, #6657). While that holds, blocks are inserted there as plain
 * paragraphs. This is the one place to flip it back once Microsoft has fixed it.
 */
export const CONTENT_CONTROLS_ON_THE_WEB = false;

/** Office on the web, from Office.context.platform (or, on older Office.js, diagnostics). */
export function onTheWeb(office: OfficeHost | undefined): boolean {
  const platform = office?.context.platform ?? office?.context.diagnostics?.platform;
  return String(platform) === "OfficeOnline";
}

export function supportedWordApiSets(office: OfficeHost | undefined): string[] {
  if (!office) return [];
  const supported: string[] = [];
  for (const version of PROBED_WORD_API_SETS) {
    let yes = false;
    try {
      yes = office.context.requirements.isSetSupported("WordApi", version);
    } catch {
      // Very old hosts lack `requirements`; they are treated as supporting nothing.
    }
    if (!yes) break; // requirement sets are cumulative
    supported.push(version);
  }
  return supported;
}

export function wordApiLevel(sets: string[], office?: OfficeHost): WordApiLevel {
  return {
    ranges: sets.includes("1.3"),
    comments: sets.includes("1.4"),
    paragraphEvents: sets.includes("1.6"),
    textView: textViewFor(sets),
    trackedChanges: sets.includes("1.6"),
    blockControls: CONTENT_CONTROLS_ON_THE_WEB || !onTheWeb(office),
  };
}

/** A document opened for reading only (Office.DocumentMode.ReadOnly), so inserts cannot work. */
export function openedReadOnly(office: OfficeHost | undefined): boolean {
  return String(office?.context.document?.mode) === "readOnly";
}

export function wordCapabilities(office: OfficeHost | undefined, sets: string[]): HostCapabilities {
  const level = wordApiLevel(sets);
  const basic = sets.includes("1.1");
  const settings = Boolean(office?.context.document?.settings);
  const missing: string[] = [];
  if (!office) missing.push(documentMessage("not-in-word"));
  else if (!basic) missing.push(documentMessage("missing-read"));
  if (basic && !level.ranges) missing.push(documentMessage("missing-styles"));
  if (basic && !level.comments)
    missing.push(documentMessage("missing-comments"), documentMessage("missing-track-changes"));
  if (basic && !level.paragraphEvents) missing.push(documentMessage("missing-change-events"));
  if (office && !settings) missing.push(documentMessage("missing-settings"));
  return {
    wordApiSets: sets,
    read: basic,
    insert: basic && !openedReadOnly(office),
    select: basic,
    styles: level.ranges,
    comments: level.comments,
    trackChanges: level.comments,
    changeEvents: level.paragraphEvents,
    settings,
    missing,
  };
}
