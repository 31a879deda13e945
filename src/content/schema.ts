/**
 * The zod schema of the report's data. Only tests import it, so zod stays out of the task-pane
 * bundle; the data is checked once, in CI, instead of at every start in Word.
 */
import { z } from "zod";
import { AUDIENCES, THEME_IDS } from "./types";

const text = z.string().trim().min(1);
const localized = z.object({ nl: text, en: text });
const themeId = z.enum(THEME_IDS);
const audience = z.enum(AUDIENCES);
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id moet kebab-case zijn");
/** "§2 Relaties zijn geen bijzaak": the seed's section number and its heading. */
const section = z.string().regex(/^§[1-5] \S.*$/, "sectie moet de vorm '§N Kop' hebben");

/** Indexes of items already seen earlier in the list. */
function repeats<T>(items: readonly T[]): number[] {
  return items.flatMap((item, index) => (items.indexOf(item) < index ? [index] : []));
}

function noDuplicates<T>(label: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    for (const index of repeats(items)) {
      ctx.addIssue({
        code: "custom",
        message: `${label} dubbel: ${String(items[index])}`,
        path: [index],
      });
    }
  };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    found.push(at);
  return found;
}

export const placeholderSchema = z.object({
  key: kebabId,
  label: localized,
  original: text,
});

export const themeSchema = z.object({
  id: themeId,
  label: localized,
  why: localized,
  reportQuote: z.object({ text, section }),
  tip: localized,
  stronger: localized,
  sections: z.array(section).min(1).superRefine(noDuplicates("sectie")),
});

export const blockSchema = z
  .object({
    id: kebabId,
    text,
    themes: z.array(themeId).min(1).superRefine(noDuplicates("thema")),
    audiences: z.array(audience).min(1).superRefine(noDuplicates("doelgroep")),
    section,
    placeholders: z.array(placeholderSchema),
  })
  .superRefine((block, ctx) => {
    const keys = new Set<string>();
    const taken: Array<[number, number]> = [];
    block.placeholders.forEach((placeholder, index) => {
      const path = ["placeholders", index];
      if (keys.has(placeholder.key))
        ctx.addIssue({ code: "custom", message: `sleutel dubbel: ${placeholder.key}`, path });
      keys.add(placeholder.key);
      // Exactly once, so filling a placeholder can only ever mean one span of the text.
      const at = occurrences(block.text, placeholder.original);
      if (at.length !== 1) {
        ctx.addIssue({
          code: "custom",
          message: `"${placeholder.original}" komt ${at.length} keer voor in de tekst van ${block.id}, niet precies één keer`,
          path,
        });
        return;
      }
      const span: [number, number] = [at[0], at[0] + placeholder.original.length];
      if (taken.some(([start, end]) => span[0] < end && start < span[1])) {
        ctx.addIssue({
          code: "custom",
          message: `"${placeholder.original}" overlapt een andere plaatshouder`,
          path,
        });
      }
      taken.push(span);
    });
  });

export const audienceInfoSchema = z.object({
  id: audience,
  label: localized,
  emphasis: z.array(themeId).min(1).superRefine(noDuplicates("thema")),
});

/** All content together: one theme per id, one entry per audience, unique block ids, every theme reachable. */
export const contentSchema = z
  .object({
    themes: z.array(themeSchema),
    blocks: z.array(blockSchema).min(1),
    audiences: z.array(audienceInfoSchema),
  })
  .superRefine((content, ctx) => {
    const blockIds = content.blocks.map((block) => block.id);
    for (const index of repeats(blockIds)) {
      ctx.addIssue({
        code: "custom",
        message: `blok-id dubbel: ${blockIds[index]}`,
        path: ["blocks", index, "id"],
      });
    }
    const themeIds = content.themes.map((theme) => theme.id);
    for (const id of THEME_IDS) {
      const count = themeIds.filter((seen) => seen === id).length;
      if (count !== 1)
        ctx.addIssue({
          code: "custom",
          message: `thema ${id} komt ${count} keer voor`,
          path: ["themes"],
        });
      if (!content.blocks.some((block) => block.themes.includes(id))) {
        ctx.addIssue({
          code: "custom",
          message: `geen tekstblok voor thema ${id}`,
          path: ["blocks"],
        });
      }
    }
    const audienceIds = content.audiences.map((info) => info.id);
    for (const id of AUDIENCES) {
      const count = audienceIds.filter((seen) => seen === id).length;
      if (count !== 1)
        ctx.addIssue({
          code: "custom",
          message: `doelgroep ${id} komt ${count} keer voor`,
          path: ["audiences"],
        });
    }
  });
