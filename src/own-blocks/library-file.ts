/**
 * The library file, `<naam>.argumentenhulp.json`: a team's own blocks, versioned. Reading one is
 * all or nothing: a file that is too large, not JSON, another program's, from a newer version or
 * wrong anywhere is refused with what is wrong, and nothing of it is used. The pane keeps its
 * library on this computer in the same format, so one schema checks both.
 *
 * Versions: every file says `version`. A newer version than this code knows is refused (it may
 * mean things this code would silently drop); an older one would be upgraded step by step in
 * UPGRADES before the check. Version 1 is the first, so there is nothing to upgrade yet.
 */
import * as z from "zod/mini";
import { AUDIENCES, THEME_IDS, type OwnBlock } from "../content/types";
import type { LibraryRefusal } from "./messages";
import { OWN_BLOCK_ID, OWN_BLOCK_LIMITS, ownBlockProblems } from "./own-block";
import { problemMessage } from "./messages";

export const LIBRARY_FORMAT = "argumentenhulp-bibliotheek";
export const LIBRARY_VERSION = 1;
export const LIBRARY_FILE_SUFFIX = ".argumentenhulp.json";
/** Far above a thousand blocks; a larger file is refused before it is read. */
export const MAX_LIBRARY_BYTES = 1_000_000;
export const MAX_LIBRARY_BLOCKS = 2000;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  name?: string;
  blocks: OwnBlock[];
}

export type LibraryReading =
  { ok: true; name?: string; blocks: OwnBlock[] } | { ok: false; refusal: LibraryRefusal };

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const placeholderV1 = z.object({
  key: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: z.object({ nl: text(60), en: text(60) }),
  original: text(62),
});

const blockV1 = z
  .object({
    id: z.string().check(z.regex(OWN_BLOCK_ID)),
    title: text(OWN_BLOCK_LIMITS.title),
    text: text(OWN_BLOCK_LIMITS.text),
    themes: z.array(z.enum(THEME_IDS)).check(z.minLength(1)),
    audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
    placeholders: z.array(placeholderV1).check(z.maxLength(OWN_BLOCK_LIMITS.placeholders)),
  })
  .check(
    z.superRefine((block, ctx) => {
      const [first] = ownBlockProblems(block);
      if (first) ctx.issues.push({ code: "custom", message: problemMessage(first), input: block });
    })
  );

const libraryV1 = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    version: z.literal(LIBRARY_VERSION),
    name: z.optional(z.string().check(z.maxLength(200))),
    blocks: z.array(blockV1).check(z.maxLength(MAX_LIBRARY_BLOCKS)),
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

/** From version N to N+1, by N. Empty while version 1 is the only one. */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

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
  const checked = libraryV1.safeParse(raw);
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
    version: LIBRARY_VERSION,
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
