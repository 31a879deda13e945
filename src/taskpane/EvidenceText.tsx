/**
 * The sentence that carries a verdict, its decisive phrases marked, so the user sees why. A
 * long sentence shows the stretch around the marks, with an ellipsis where text was left out.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence } from "../analysis/types";

const EXCERPT = 220;

const useStyles = makeStyles({
  text: { margin: 0, overflowWrap: "break-word", hyphens: "auto" },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 1px",
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText" },
  },
});

/** Evidence sorted and clipped to the text, overlaps merged: marks never nest. */
function spansIn(text: string, evidence: Evidence[]): Array<[number, number]> {
  const sorted = evidence
    .map((e): [number, number] => [Math.max(0, e.start), Math.min(text.length, e.end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** The stretch of [from, to) around the first marked span, at most EXCERPT long, cut at spaces. */
function windowAround(
  text: string,
  spans: Array<[number, number]>,
  from: number,
  to: number
): [number, number] {
  if (to - from <= EXCERPT) return [from, to];
  const first = spans.find(([start]) => start >= from)?.[0] ?? from;
  let start = Math.max(from, first - 60);
  // Start at a word boundary so the excerpt does not open with half a word.
  if (start > from) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(to, start + EXCERPT);
  if (end < to) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return [start, end];
}

/**
 * `sentence`, when the engine gave one and it still stands in the text, is what is shown: the
 * sentence that carries the theme, its phrases marked. Otherwise the stretch around the marks.
 */
export function EvidenceText({
  text,
  evidence,
  sentence,
}: {
  text: string;
  evidence: Evidence[];
  sentence?: Evidence;
}) {
  const styles = useStyles();
  const spans = spansIn(text, evidence);
  const current = sentence && text.slice(sentence.start, sentence.end) === sentence.text;
  const [from, to] = current
    ? windowAround(text, spans, sentence.start, sentence.end)
    : windowAround(text, spans, 0, text.length);
  const parts: React.ReactNode[] = [];
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark key={s} className={styles.mark}>
        {text.slice(s, e)}
      </mark>
    );
    at = e;
  }
  if (at < to) parts.push(text.slice(at, to));
  return (
    <p className={styles.text}>
      {from > 0 && "…"}
      {parts}
      {to < text.length && "…"}
    </p>
  );
}
