/**
 * Strings of the user's own blocks that the pane shows before the own-block library's chunk
 * has loaded: a card's source line, the heading over a theme's own blocks, the library tab
 * while it loads. Everything inside the library is in own-library.ts, which loads with it.
 */
export const ownBlocksStrings = {
  nl: {
    ownSource: "Eigen tekstblok",
    ownSuggestionsHeading: "Je eigen tekstblokken",
    ownLoading: "Je tekstblokken worden geladen…",
    ownLoadFailed: "Dit deel van het venster kon niet worden geladen.",
    ownRetry: "Opnieuw laden",
  },
  en: {
    ownSource: "Your own text block",
    ownSuggestionsHeading: "Your own text blocks",
    ownLoading: "Loading your text blocks…",
    ownLoadFailed: "This part of the pane could not be loaded.",
    ownRetry: "Load again",
  },
} satisfies Record<"nl" | "en", Record<string, string>>;
