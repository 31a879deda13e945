/**
 * Reading the seed for the fidelity tests. Blocks drop the typographic quotes around a quote and
 * the seed's markdown emphasis (*…*, **…**), so the comparison normalises both sides the same way.
 */
import * as fs from "fs";
import { sharedPath } from "../shared";

export const SEED_PARTS = ["seed", "de-kracht-van-samen-tips.nl.txt"];

export function normaliseSeedText(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface SeedSection {
  number: number;
  heading: string;
  /** Normalised paragraphs after the heading, up to the next numbered section. */
  paragraphs: string[];
}

export interface Seed {
  /** Every paragraph of the seed, normalised, headings included. */
  paragraphs: string[];
  /** The title and opening paragraphs, before section 1. */
  introduction: string[];
  sections: SeedSection[];
}

export function readSeed(): Seed {
  const raw = fs.readFileSync(sharedPath(...SEED_PARTS), "utf8");
  const sections: SeedSection[] = [];
  const paragraphs = raw
    .split(/\r?\n\s*\r?\n/)
    .map(normaliseSeedText)
    .filter(Boolean);
  const introduction: string[] = [];
  for (const paragraph of paragraphs) {
    const numbered = /^(\d)\. (.+)$/.exec(paragraph);
    if (numbered)
      sections.push({ number: Number(numbered[1]), heading: numbered[2], paragraphs: [] });
    else (sections.at(-1)?.paragraphs ?? introduction).push(paragraph);
  }
  return { paragraphs, introduction, sections };
}

/**
 * Whether `quote` stands in `paragraph` as whole sentences: it starts where a paragraph, quote or
 * sentence starts and ends where one ends. A plain substring test would accept a block that lost
 * its final full stop or its first word.
 */
function quotesWhole(paragraph: string, quote: string): boolean {
  for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
    const before = paragraph.slice(0, at);
    const after = paragraph.slice(at + quote.length);
    const startsWhole = before === "" || before.endsWith('"') || /[.!?:] $/.test(before);
    const endsWhole =
      after === "" || after.startsWith('"') || (/[.!?:]$/.test(quote) && after.startsWith(" "));
    if (startsWhole && endsWhole) return true;
  }
  return false;
}

/** Ids of the items whose text is not, exactly and as whole sentences, a quote of the seed. */
export function notInSeed(
  items: ReadonlyArray<{ id: string; text: string }>,
  seed: Seed
): string[] {
  return items
    .filter(
      (item) =>
        !seed.paragraphs.some((paragraph) => quotesWhole(paragraph, normaliseSeedText(item.text)))
    )
    .map((item) => item.id);
}

/** The seed section a "§N Heading" label names: N's own heading, or a paragraph heading inside N. */
export function sectionOf(label: string, seed: Seed): SeedSection | undefined {
  const match = /^§(\d) (.+)$/.exec(label);
  if (!match) return undefined;
  const section = seed.sections.find((candidate) => candidate.number === Number(match[1]));
  if (!section) return undefined;
  return section.heading === match[2] || section.paragraphs.includes(match[2])
    ? section
    : undefined;
}

/** Each quoted paragraph of the seed (a whole paragraph between quotes), without its quotes. */
export function quotedParagraphs(section: SeedSection): string[] {
  return section.paragraphs.filter((p) => /^".*"$/.test(p)).map((p) => p.slice(1, -1));
}
