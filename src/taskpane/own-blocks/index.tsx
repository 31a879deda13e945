/**
 * The own-block library in the pane, loaded on first use as its own chunk (the editor and the
 * library file's zod schema), so the pane's first load stays small.
 */
import { LazyView } from "../lazy-view";
import { useStrings } from "../strings";
import type { OwnLibrarySectionProps } from "./OwnLibrarySection";

export { OwnLibraryContext, useOwnLibrary, useOwnLibraryContext } from "./use-own-library";
export { OwnSuggestions } from "./own-suggestions";

const loadSection = () =>
  import(/* webpackChunkName: "eigen-tekstblokken" */ "./OwnLibrarySection");

export function OwnLibraryTab(props: OwnLibrarySectionProps) {
  const strings = useStrings();
  return (
    <LazyView
      load={loadSection}
      viewProps={props}
      loading={strings.ownLoading}
      loadFailed={strings.ownLoadFailed}
      retry={strings.ownRetry}
      failedTestId="own-library-load-failed"
    />
  );
}
