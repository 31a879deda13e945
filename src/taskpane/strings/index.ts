/**
 * Every user-visible string of the task pane lives in this folder, Dutch first. Each area keeps
 * its own table (pane.ts, blocks.ts, …) with the same keys in `nl` and `en`; English is chosen
 * when Office's display language is English.
 */
import { createContext, useContext } from "react";
import { paneStrings } from "./pane";
import { blocksStrings } from "./blocks";
import { writingStrings } from "./writing";
import { ownBlocksStrings } from "./own-blocks";
import { coreMessageStrings } from "./core-message";
import { placementStrings } from "./placement";

export type Language = "nl" | "en";

const tables = {
  nl: {
    ...paneStrings.nl,
    ...blocksStrings.nl,
    ...writingStrings.nl,
    ...ownBlocksStrings.nl,
    ...coreMessageStrings.nl,
    ...placementStrings.nl,
  },
  en: {
    ...paneStrings.en,
    ...blocksStrings.en,
    ...writingStrings.en,
    ...ownBlocksStrings.en,
    ...coreMessageStrings.en,
    ...placementStrings.en,
  },
};

export type Strings = (typeof tables)["nl"];

/** Office reports e.g. "nl-NL", "en-US"; anything that is not English gets Dutch. */
export function languageFor(displayLanguage: string | undefined | null): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "nl";
}

export function stringsFor(language: Language): Strings {
  return tables[language];
}

export const LanguageContext = createContext<Language>("nl");

export function useStrings(): Strings {
  return stringsFor(useContext(LanguageContext));
}

/** Fills `{name}` slots of a string from the tables; unknown slots stay visible so they get noticed. */
export function formatString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot
  );
}
