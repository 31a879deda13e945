/** The document could not be read: say so, reassure that nothing changed, offer to try again. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PortError } from "../../document/port";
import { useStrings } from "../strings";

export function ErrorState({ error, onRetry }: { error: PortError; onRetry(): void }) {
  const strings = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-state">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle> {error.message} {strings.errorBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{strings.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
