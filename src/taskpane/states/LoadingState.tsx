/** The first read: a moving bar that says what is happening. */
import { Field, ProgressBar } from "@fluentui/react-components";
import { useStrings } from "../strings";

export function LoadingState() {
  const strings = useStrings();
  return (
    <Field validationMessage={strings.loading} validationState="none" style={{ marginTop: 32 }}>
      <ProgressBar aria-label={strings.loading} thickness="medium" />
    </Field>
  );
}
