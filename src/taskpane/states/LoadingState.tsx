/** The first read: a spinner that says what is happening. */
import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../strings";

export function LoadingState() {
  const strings = useStrings();
  return <Spinner label={strings.loading} labelPosition="below" style={{ marginTop: 32 }} />;
}
