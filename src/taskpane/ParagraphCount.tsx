/** How many paragraphs were read: a quiet sign that the pane sees the document. */
import { Caption1 } from "@fluentui/react-components";
import { formatString, useStrings } from "./strings";

export function ParagraphCount({ count }: { count: number }) {
  const strings = useStrings();
  return (
    <Caption1 data-testid="paragraph-count">
      {count === 1
        ? strings.paragraphCountOne
        : formatString(strings.paragraphCountOther, { n: count })}
    </Caption1>
  );
}
