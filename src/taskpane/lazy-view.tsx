/**
 * A view that comes as its own chunk, loaded on first use from the add-in's own host, so the
 * pane's first load stays small. A chunk that fails to load (the host unreachable) says so and
 * can be tried again; nothing the user typed elsewhere is touched. A view that opens over the
 * pane (a dialog) passes `dismiss`, so its failure can be closed as the dialog could have been.
 */
import * as React from "react";
import { Button, Field, MessageBarActions, ProgressBar } from "@fluentui/react-components";
import { Notice } from "./states/Notice";

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

export interface LazyViewProps<P> {
  /** A module-level `() => import(...)`: the same function on every render. */
  load: () => Promise<{ default: React.ComponentType<P> }>;
  viewProps: P;
  loading: string;
  loadFailed: string;
  retry: string;
  failedTestId: string;
  dismiss?: { label: string; onDismiss(): void };
}

export function LazyView<P extends object>(props: LazyViewProps<P>) {
  const { load, viewProps, loading, loadFailed, retry: retryLabel, failedTestId, dismiss } = props;
  // A failed import stays failed in React.lazy; a retry needs a fresh one.
  const [lazy, setLazy] = React.useState(() => ({ View: React.lazy(load) }));
  const [attempt, setAttempt] = React.useState(0);
  const retry = React.useCallback(() => {
    setLazy({ View: React.lazy(load) });
    setAttempt((n) => n + 1);
  }, [load]);
  // React.lazy's type adds a ref to P, which a generic P cannot show it has; the view takes none.
  const View = lazy.View as unknown as React.FunctionComponent<P>;
  return (
    <LoadBoundary
      key={attempt}
      onRetry={retry}
      fallback={(again) => (
        <Notice
          intent="error"
          testId={failedTestId}
          actions={
            <MessageBarActions>
              <Button onClick={again}>{retryLabel}</Button>
              {dismiss && <Button onClick={dismiss.onDismiss}>{dismiss.label}</Button>}
            </MessageBarActions>
          }
        >
          {loadFailed}
        </Notice>
      )}
    >
      <React.Suspense
        fallback={
          <Field validationMessage={loading} validationState="none">
            <ProgressBar aria-label={loading} thickness="medium" />
          </Field>
        }
      >
        <View {...viewProps} />
      </React.Suspense>
    </LoadBoundary>
  );
}
