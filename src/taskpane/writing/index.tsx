/**
 * The Schrijfhulp tab's content, loaded on first use: the view and the Dutch hyphenation
 * patterns come as their own chunk from the add-in's own host, so the pane's first load stays
 * small.
 */
import { LazyView } from "../lazy-view";
import { useStrings } from "../strings";
import type { WritingHelpProps } from "./WritingHelp";

export { lengthLimitsFrom, type LengthLimit } from "./limits-setting";

const loadView = () => import(/* webpackChunkName: "schrijfhulp" */ "./WritingHelp");

export function WritingHelpTab(props: WritingHelpProps) {
  const strings = useStrings();
  return (
    <LazyView
      load={loadView}
      viewProps={props}
      loading={strings.writingLoading}
      loadFailed={strings.writingLoadFailed}
      retry={strings.writingRetry}
      failedTestId="writing-load-failed"
    />
  );
}
