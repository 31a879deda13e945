/** Strings of argument blocks, the library and inserting. Same keys in nl and en. */
export const blocksStrings = {
  nl: {
    insert: "Invoegen",
    copy: "Kopiëren",
  },
  en: {
    insert: "Insert",
    copy: "Copy",
  },
} satisfies Record<"nl" | "en", Record<string, string>>;
