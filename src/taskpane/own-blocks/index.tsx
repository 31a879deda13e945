/**
 * The own-block library in the pane, loaded on first use as its own chunk (the editor and the
 * library file's zod schema), so the pane's first load stays small.
 */
import * as React from "react";
import { ProgressBar } from "@fluentui/react-components";
import { useStrings } from "../strings";
import type { OwnLibrarySectionProps } from "./OwnLibrarySection";

export { OwnLibraryContext, useOwnLibrary, useOwnLibraryContext } from "./use-own-library";
export { OwnSuggestions } from "./own-suggestions";

const Section = React.lazy(
  () => import(/* webpackChunkName: "eigen-tekstblokken" */ "./OwnLibrarySection")
);

class LoadBoundary extends React.Component<
  { message: string; children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p role="alert">{this.props.message}</p> : this.props.children;
  }
}

export function OwnLibraryTab(props: OwnLibrarySectionProps) {
  const strings = useStrings();
  return (
    <LoadBoundary message={strings.ownLoadFailed}>
      <React.Suspense fallback={<ProgressBar aria-label={strings.ownLoading} thickness="medium" />}>
        <Section {...props} />
      </React.Suspense>
    </LoadBoundary>
  );
}
