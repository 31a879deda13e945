/**
 * The library file, `<naam>.argumentenhulp.json`: a team's own blocks, versioned. Reading one is
 * all or nothing: a file that is too large, not JSON, another program's, from a newer version or
 * wrong anywhere is refused with what is wrong, and nothing of it is used. The pane keeps its
 * library on this computer in the same format, so one schema checks both.
 *
 * Versions: every file says `version`. A newer version than this code knows is refused (it may
 * mean things this code would silently drop); an older one is upgraded step by step in UPGRADES
 * before the check.
 *
 * Version 2 lets a block hold several paragraphs, separated by "\n" in `text`. A version-1 reader
 * would accept such a text and run its paragraphs together (its editor and duplicate check
 * collapse every line break), so a file with a paragraph break says version 2 and an older
 * Argumentenhulp refuses it, asking to be updated. A file whose blocks are all one paragraph
 * means the same in both versions, so it still says version 1: a team with an older copy
 * somewhere keeps sharing those files. A version-1 file reads as version 2 unchanged.
 */
import * as z from "zod/mini";
import { AUDIENCES, THEME_IDS, type OwnBlock } from "../content/types";
import type { LibraryRefusal } from "./messages";
import { OWN_BLOCK_ID, OWN_BLOCK_LIMITS, cleanBlockText, ownBlockProblems } from "./own-block";
import { problemMessage } from "./messages";

export const LIBRARY_FORMAT = "argumentenhulp-bibliotheek";
export const LIBRARY_VERSION = 2;
/** The last version whose blocks are one paragraph each (see above). */
const ONE_PARAGRAPH_VERSION = 1;
export const LIBRARY_FILE_SUFFIX = ".argumentenhulp.json";
/** Far above a thousand blocks; a larger file is refused before it is read. */
export const MAX_LIBRARY_BYTES = 1_000_000;
export const MAX_LIBRARY_BLOCKS = 2000;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION | typeof ONE_PARAGRAPH_VERSION;
  name?: string;
  blocks: OwnBlock[];
}

export type LibraryReading =
  { ok: true; name?: string; blocks: OwnBlock[] } | { ok: false; refusal: LibraryRefusal };

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const placeholderSchema = z.object({
  key: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: z.object({ nl: text(60), en: text(60) }),
  original: text(62),
});

const blockSchema = z
  .object({
    id: z.string().check(z.regex(OWN_BLOCK_ID)),
    title: text(OWN_BLOCK_LIMITS.title),
    // Kept as the editor keeps it (paragraphs by one "\n"), whatever spacing the file has.
    text: z
      .string()
      .check(z.overwrite(cleanBlockText), z.minLength(1), z.maxLength(OWN_BLOCK_LIMITS.text)),
    themes: z.array(z.enum(THEME_IDS)).check(z.minLength(1)),
    audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
    placeholders: z.array(placeholderSchema).check(z.maxLength(OWN_BLOCK_LIMITS.placeholders)),
  })
  .check(
    z.superRefine((block, ctx) => {
      const [first] = ownBlockProblems(block);
      if (first) ctx.issues.push({ code: "custom", message: problemMessage(first), input: block });
    })
  );

const librarySchema = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    version: z.literal(LIBRARY_VERSION),
    name: z.optional(z.string().check(z.maxLength(200))),
    blocks: z.array(blockSchema).check(z.maxLength(MAX_LIBRARY_BLOCKS)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.blocks.forEach((block, index) => {
        if (seen.has(block.id))
          ctx.issues.push({
            code: "custom",
            message: `de id ${block.id} staat er twee keer in`,
            path: ["blocks", index, "id"],
            input: block.id,
          });
        seen.add(block.id);
      });
    })
  );

/** From version N to N+1, by N. */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // Every version-1 block is one paragraph, which version 2 reads the same.
  1: (file) => ({ ...file, version: 2 }),
};

/** Where in the file, in the user's words: "tekstblok 3 (titel), thema's". */
function whereIn(path: readonly PropertyKey[], raw: Record<string, unknown>): string {
  if (path[0] !== "blocks" || typeof path[1] !== "number") return "het bestand";
  const blocks = Array.isArray(raw.blocks) ? raw.blocks : [];
  const title = (blocks[path[1]] as { title?: unknown } | undefined)?.title;
  const named = typeof title === "string" && title.trim() !== "" ? ` (“${title.trim()}”)` : "";
  const field: Record<string, string> = {
    id: "id",
    title: "titel",
    text: "tekst",
    themes: "thema's",
    audiences: "doelgroepen",
    placeholders: "invulvelden",
  };
  const part = typeof path[2] === "string" ? `, ${field[path[2]] ?? path[2]}` : "";
  return `tekstblok ${path[1] + 1}${named}${part}`;
}

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") return issue.message;
  if (issue.code === "invalid_value") return "die waarde kent Argumentenhulp niet";
  if (issue.code === "too_small") return "die is leeg";
  if (issue.code === "too_big") return "die is te lang";
  if (issue.code === "invalid_format") return "die heeft niet de goede vorm";
  return "dat veld ontbreekt of heeft de verkeerde soort waarde";
}

/** Reads a library file's text. Callers with a file at hand refuse one over MAX_LIBRARY_BYTES before reading it. */
export function readLibraryFile(content: string): LibraryReading {
  if (content.length > MAX_LIBRARY_BYTES)
    return { ok: false, refusal: { kind: "too-large", bytes: content.length } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { ok: false, refusal: { kind: "not-json" } };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    return { ok: false, refusal: { kind: "foreign" } };
  let raw = parsed as Record<string, unknown>;
  if (raw.format !== LIBRARY_FORMAT) return { ok: false, refusal: { kind: "foreign" } };
  if (typeof raw.version === "number" && raw.version > LIBRARY_VERSION)
    return { ok: false, refusal: { kind: "newer-version", version: raw.version } };
  for (
    let version = raw.version;
    typeof version === "number" && UPGRADES[version];
    version = raw.version
  )
    raw = UPGRADES[version](raw);
  const checked = librarySchema.safeParse(raw);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    return {
      ok: false,
      refusal: { kind: "invalid", where: whereIn(issue.path, raw), problem: problemOf(issue) },
    };
  }
  return {
    ok: true,
    ...(checked.data.name !== undefined ? { name: checked.data.name } : {}),
    blocks: checked.data.blocks.map((block) => ({ ...block })),
  };
}

/** The file's text for these blocks; reading it back gives the same blocks. */
export function libraryFileText(blocks: readonly OwnBlock[], name?: string): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: blocks.some((b) => b.text.includes("\n")) ? LIBRARY_VERSION : ONE_PARAGRAPH_VERSION,
    ...(name ? { name } : {}),
    blocks: blocks.map(({ id, title, text: body, themes, audiences, placeholders }) => ({
      id,
      title,
      text: body,
      themes: [...themes],
      audiences: [...audiences],
      placeholders: placeholders.map((p) => ({
        key: p.key,
        label: { ...p.label },
        original: p.original,
      })),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "Buurtteam Noord" → "buurtteam-noord.argumentenhulp.json". */
export function libraryFileName(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${base === "" ? "mijn-tekstblokken" : base}${LIBRARY_FILE_SUFFIX}`;
}
