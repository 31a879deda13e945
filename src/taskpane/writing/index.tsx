/**
 * The Schrijfhulp tab's content, loaded on first use: the view and the Dutch hyphenation
 * patterns come as their own chunk from the add-in's own host, so the pane's first load stays
 * small. A chunk that fails to load (the host unreachable) says so and can be tried again.
 */
import * as React from "react";
import { Button, Field, MessageBarActions, ProgressBar } from "@fluentui/react-components";
import { Notice } from "../states/Notice";
import { useStrings } from "../strings";
import type { WritingHelpProps } from "./WritingHelp";

export { lengthLimitsFrom, type LengthLimit } from "./limits-setting";

const loadView = () => import(/* webpackChunkName: "schrijfhulp" */ "./WritingHelp");

class LoadBoundary extends React.Component<
  { fallback: (retry: () => void) => React.ReactNode; onRetry(): void; children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback(this.props.onRetry) : this.props.children;
  }
}

export function WritingHelpTab(props: WritingHelpProps) {
  const strings = useStrings();
  // A failed import stays failed in React.lazy; a retry needs a fresh one.
  const [View, setView] = React.useState(() => React.lazy(loadView));
  const [attempt, setAttempt] = React.useState(0);
  const retry = React.useCallback(() => {
    setView(() => React.lazy(loadView));
    setAttempt((n) => n + 1);
  }, []);
  return (
    <LoadBoundary
      key={attempt}
      onRetry={retry}
      fallback={(again) => (
        <Notice
          intent="error"
          testId="writing-load-failed"
          actions={
            <MessageBarActions>
              <Button onClick={again}>{strings.writingRetry}</Button>
            </MessageBarActions>
          }
        >
          {strings.writingLoadFailed}
        </Notice>
      )}
    >
      <React.Suspense
        fallback={
          <Field validationMessage={strings.writingLoading} validationState="none">
            <ProgressBar aria-label={strings.writingLoading} thickness="medium" />
          </Field>
        }
      >
        <View {...props} />
      </React.Suspense>
    </LoadBoundary>
  );
}
