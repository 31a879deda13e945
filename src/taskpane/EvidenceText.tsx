/**
 * A paragraph with the words that decided the verdict marked, so the user sees why. Long
 * paragraphs show the stretch around the evidence, with an ellipsis where text was left out.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence } from "../analysis/types";

const EXCERPT = 220;

const useStyles = makeStyles({
  text: { margin: 0, overflowWrap: "anywhere", hyphens: "auto" },
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

function windowAround(text: string, spans: Array<[number, number]>): [number, number] {
  if (text.length <= EXCERPT) return [0, text.length];
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  // Start at a word boundary so the excerpt does not open with half a word.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + EXCERPT);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return [start, end];
}

export function EvidenceText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  const styles = useStyles();
  const spans = spansIn(text, evidence);
  const [from, to] = windowAround(text, spans);
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
