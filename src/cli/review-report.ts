/**
 * The review as Dutch text for a terminal: what the draft already argues (with the paragraphs
 * and the sentence that shows each, its decisive phrases marked), what is weak, what is missing
 * with the report's own block to add, and the advice about activities without outcomes; then
 * the Schrijfhulp's readability and the length limits asked for. What to do comes last, so it
 * is what stays on screen.
 */
import type { Advice, ParagraphTheme, Review, ThemeReview, ThemeStatus } from "../analysis/types";
import { audienceById, blockById, blocksForTheme, themeById } from "../content";
import type { ArgumentBlock, OwnBlock } from "../content/types";
import type { LimitMeasure, Readability } from "../analysis/readability";
import type { DraftParagraph } from "./draft";
import { ownBlockParagraphs } from "../own-blocks/own-block";
import { limitLines } from "./limits-report";
import { readabilityLines } from "./readability-report";
import { wrap } from "./wrap";

const MAX_EVIDENCE_WORDS = 5;
const SNIPPET_LENGTH = 40;
/** A sentence longer than this is shown as the stretch around its marked phrases. */
const LONG_SENTENCE = 160;
const AROUND = 50;

/** The seed's §4 advice, quoted. */
const OUTCOME_ADVICE = "Zeg niet alleen wat je organiseert, maar ook wat het oplevert.";

const STATUS_MARK: Record<ThemeStatus, string> = { covered: "●", weak: "◐", missing: "○" };
const STATUS_HEADING: Record<ThemeStatus, string> = {
  covered: "Aanwezig",
  weak: "Zwak",
  missing: "Ontbreekt",
};

export interface ReportInput {
  review: Review;
  paragraphs: readonly DraftParagraph[];
  /** How the user named the draft: a file name, or "de invoer" for standard input. */
  source: string;
  /** The Schrijfhulp's findings, for a section after the themes. */
  readability?: Readability;
  /** The parts measured against --max-woorden / --max-tekens, for the last section. */
  limits?: LimitMeasure[];
  /** Own blocks from --blocks, suggested beside the report's. */
  ownBlocks?: readonly OwnBlock[];
}

/** "alinea 3" for the body (counted as the user reads it), "voetnoot 1" / "eindnoot 1" for notes. */
export function paragraphLabels(paragraphs: readonly DraftParagraph[]): string[] {
  const counts = { body: 0, footnote: 0, endnote: 0 };
  const words = { body: "alinea", footnote: "voetnoot", endnote: "eindnoot" };
  return paragraphs.map((paragraph) => `${words[paragraph.part]} ${++counts[paragraph.part]}`);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const cut = flat.lastIndexOf(" ", SNIPPET_LENGTH);
  return `${flat.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH)}…`;
}

/**
 * The sentence that carries a verdict, its decisive phrases between asterisks; a long one cut
 * to the stretch around them, an ellipsis where text was left out.
 */
export function markedSentence({ sentence, evidence }: ParagraphTheme): string {
  const inside = evidence
    .filter((span) => span.start >= sentence.start && span.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > LONG_SENTENCE && inside.length > 0) {
    from = Math.max(from, inside[0].start - AROUND);
    to = Math.min(to, inside[inside.length - 1].end + AROUND);
  }
  const text = sentence.text;
  const at = (offset: number) => offset - sentence.start;
  let out = "";
  let cursor = from;
  for (const span of inside) {
    if (span.start < cursor) continue;
    out += text.slice(at(cursor), at(span.start)) + `*${span.text}*`;
    cursor = span.end;
  }
  out += text.slice(at(cursor), at(to));
  out = out.replace(/\s+/g, " ").trim();
  return `${from > sentence.start ? "…" : ""}${out}${to < sentence.end ? "…" : ""}`;
}

function quoted(words: readonly string[]): string {
  const unique: string[] = [];
  for (const word of words) {
    const clean = word.replace(/\s+/g, " ").trim();
    if (clean && !unique.some((seen) => seen.toLowerCase() === clean.toLowerCase()))
      unique.push(clean);
  }
  const shown = unique.slice(0, MAX_EVIDENCE_WORDS).map((word) => `"${word}"`);
  if (unique.length > MAX_EVIDENCE_WORDS) shown.push("…");
  return shown.join(", ");
}

function listLabels(labels: string[]): string {
  // "alinea 3, alinea 5" reads worse than "alinea 3, 5"; group by the word before the number.
  const groups = new Map<string, string[]>();
  for (const label of labels) {
    const [word, number] = label.split(" ");
    groups.set(word, [...(groups.get(word) ?? []), number]);
  }
  return [...groups].map(([word, numbers]) => `${word} ${numbers.join(", ")}`).join("; ");
}

function evidenceLines(input: ReportInput, theme: ThemeReview, labels: string[]): string[] {
  const lines: string[] = [];
  for (const index of theme.paragraphs) {
    const paragraph = input.paragraphs[index];
    if (!paragraph) continue;
    const verdict = input.review.paragraphs
      .find((p) => p.index === index)
      ?.themes.find((t) => t.id === theme.id);
    // Whose words the verdict rests on: the report's block, the user's own, or the draft's.
    const source = verdict?.fromReport
      ? ` (tekstblok uit het rapport, ${verdict.fromReport.section})`
      : verdict?.fromOwnBlock
        ? ` (eigen tekstblok ‘${verdict.fromOwnBlock.title}’)`
        : "";
    const line = verdict
      ? `${labels[index]}${source}: "${markedSentence(verdict)}"`
      : `${labels[index]} ("${snippet(paragraph.text)}")`;
    lines.push(...wrap(line, "      "));
  }
  return lines;
}

function suggestedBlock(review: Review, theme: ThemeReview): ArgumentBlock | undefined {
  const suggestion = review.suggestions.find((s) => s.themeId === theme.id);
  for (const id of suggestion?.blockIds ?? []) {
    const block = blockById(id);
    if (block) return block;
  }
  return theme.status === "missing" ? blocksForTheme(theme.id)[0] : undefined;
}

function blockLines(block: ArgumentBlock): string[] {
  return [
    ...wrap(`Tekstblok uit het rapport (${block.section}):`, "    "),
    ...wrap(`"${block.text}"`, "      "),
  ];
}

/** An own block quoted whole, each of its paragraphs starting on a line of its own. */
function ownBlockLines(block: OwnBlock): string[] {
  const paragraphs = ownBlockParagraphs(block.text);
  return [
    ...wrap(`Eigen tekstblok (${block.title}):`, "    "),
    ...paragraphs.flatMap((paragraph, i) =>
      wrap(`${i === 0 ? '"' : ""}${paragraph}${i === paragraphs.length - 1 ? '"' : ""}`, "      ")
    ),
  ];
}

function themeLines(input: ReportInput, theme: ThemeReview, labels: string[]): string[] {
  const info = themeById(theme.id);
  // The title reads in document order; the evidence lines below keep the engine's strongest-first.
  const where = [...theme.paragraphs]
    .sort((a, b) => a - b)
    .map((index) => labels[index])
    .filter(Boolean);
  const title = `${STATUS_MARK[theme.status]} ${info.label.nl}${where.length ? ` — ${listLabels(where)}` : ""}`;
  const lines = wrap(title, "  ");
  lines.push(...evidenceLines(input, theme, labels));
  if (theme.status !== "covered") {
    lines.push(...wrap(`Waarom: ${info.why.nl}`, "    "));
    lines.push(
      ...wrap(`Het rapport (${info.reportQuote.section}): "${info.reportQuote.text}"`, "    ")
    );
    if (theme.status === "weak")
      lines.push(...wrap(`Wat nog ontbreekt: ${info.stronger.nl}`, "    "));
    lines.push(...wrap(`Wat je kunt doen: ${info.tip.nl}`, "    "));
    const block = suggestedBlock(input.review, theme);
    if (block) lines.push(...blockLines(block));
    const ownId = input.review.suggestions.find((s) => s.themeId === theme.id)?.ownBlockIds?.[0];
    const own = input.ownBlocks?.find((b) => b.id === ownId);
    if (own) lines.push(...ownBlockLines(own));
  }
  return lines;
}

function adviceLines(
  advice: readonly Advice[],
  paragraphs: readonly DraftParagraph[],
  labels: string[]
): string[] {
  if (advice.length === 0) return [];
  const lines = [`Tip: activiteiten zonder resultaat (${advice.length})`];
  for (const item of advice) {
    const paragraph = paragraphs[item.paragraph];
    if (!paragraph) continue;
    const words = quoted(item.evidence.map((e) => e.text));
    const line = `${labels[item.paragraph]} ("${snippet(paragraph.text)}") noemt activiteiten${
      words ? ` (${words})` : ""
    } maar niet wat ze opleveren.`;
    lines.push(...wrap(line, "  "));
  }
  lines.push(...wrap(OUTCOME_ADVICE, "  "));
  return lines;
}

export function formatReviewReport(input: ReportInput): string {
  const { review, paragraphs, source } = input;
  const labels = paragraphLabels(paragraphs);
  // Open themes in the order the engine ranks their suggestions (the audience's emphasis first).
  const rank = (theme: ThemeReview) => {
    const at = review.suggestions.findIndex((s) => s.themeId === theme.id);
    return at < 0 ? review.suggestions.length : at;
  };
  const byStatus = (status: ThemeStatus) =>
    review.themes
      .filter((theme) => theme.status === status)
      .sort((a, b) => (status === "covered" ? 0 : rank(a) - rank(b)));
  const covered = byStatus("covered");
  const weak = byStatus("weak");
  const missing = byStatus("missing");
  const total = review.themes.length;
  const count = paragraphs.length;

  const lines: string[] = [
    `Argumentenhulp — beoordeling van ${source}`,
    ...wrap(
      review.audience
        ? `Doelgroep: ${audienceById(review.audience).label.nl}`
        : "Doelgroep: niet gekozen (kies er een met --audience)",
      ""
    ),
    ...wrap(
      `${count} ${count === 1 ? "alinea" : "alinea's"} · ${covered.length + weak.length} van ${total} thema's in je tekst ` +
        `(${covered.length} aanwezig, ${weak.length} zwak, ${missing.length} ontbreken)`,
      ""
    ),
  ];
  if (!review.looksDutch) {
    lines.push(
      ...wrap(
        "Let op: deze tekst lijkt niet Nederlands. Argumentenhulp zoekt Nederlandse argumenten; de beoordeling mist daardoor veel.",
        ""
      )
    );
  }

  for (const [status, themes] of [
    ["covered", covered],
    ["weak", weak],
    ["missing", missing],
  ] as const) {
    if (themes.length === 0) continue;
    lines.push("", `${STATUS_HEADING[status]} (${themes.length})`);
    for (const theme of themes) lines.push(...themeLines(input, theme, labels));
  }

  const advice = adviceLines(review.advice, paragraphs, labels);
  if (advice.length) lines.push("", ...advice);
  const readable = input.readability ? readabilityLines(input.readability, labels) : [];
  if (readable.length) lines.push("", ...readable);
  const limits = input.limits ? limitLines(input.limits) : [];
  if (limits.length) lines.push("", ...limits);
  return `${lines.join("\n")}\n`;
}
