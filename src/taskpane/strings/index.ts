/**
 * Every user-visible string of the task pane lives in this folder, Dutch first. Each area keeps
 * its own table (pane.ts, blocks.ts, …) with the same keys in `nl` and `en`; English is chosen
 * when Office's display language is English. The tables joined here load with the pane; a view
 * that comes as its own chunk keeps the strings only it shows in a table of its own
 * (own-library.ts, core-message-form.ts, writing-help.ts, info.ts), which loads with that chunk.
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

/** A strings table: the same keys in Dutch and English. */
export interface StringTable<S> {
  nl: S;
  en: S;
}

/** Office reports e.g. "nl-NL", "en-US"; anything that is not English gets Dutch. */
export function languageFor(displayLanguage: string | undefined | null): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "nl";
}

export function stringsFor(language: Language): Strings {
  return tables[language];
}

export const LanguageContext = createContext<Language>("nl");

/** The pane's language's half of a table: the one rule every strings hook follows. */
export function useStringTable<S>(table: StringTable<S>): S {
  return table[useContext(LanguageContext)];
}

export function useStrings(): Strings {
  return useStringTable(tables);
}

/**
 * A lazily loaded view's own table joined to the pane's, once, when the view's chunk loads: the
 * view reads all its strings from one object, and the pane's first load carries none of them.
 */
export function withPaneStrings<S>(table: StringTable<S>): StringTable<Strings & S> {
  return { nl: { ...tables.nl, ...table.nl }, en: { ...tables.en, ...table.en } };
}

/** Fills `{name}` slots of a string from the tables; unknown slots stay visible so they get noticed. */
export function formatString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot
  );
}
