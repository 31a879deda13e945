/** Strings of the pane's frame: header, overview, tabs, states. Same keys in nl and en. */
export const paneStrings = {
  nl: {
    productName: "Argumentenhulp",
    refresh: "Vernieuwen",
  },
  en: {
    productName: "Argumentenhulp",
    refresh: "Refresh",
  },
} satisfies Record<"nl" | "en", Record<string, string>>;
