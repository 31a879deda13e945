/** Word too old for even reading paragraphs (WordApi 1.1): say which Word is needed. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../strings";

export function UnsupportedState({ details }: { details?: string[] }) {
  const strings = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unsupported-state">
      <MessageBarBody>
        <MessageBarTitle>{strings.unsupportedTitle}</MessageBarTitle> {strings.unsupportedBody}
        {details && details.length > 0 && (
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
