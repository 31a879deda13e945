/** How many paragraphs were read: a quiet sign that the pane sees the document. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatString, useStrings } from "./strings";

// Fluent's Caption1 type ramp.
const useStyles = makeStyles({
  count: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
});

export function ParagraphCount({ count }: { count: number }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <span className={styles.count} data-testid="paragraph-count">
      {count === 1
        ? strings.paragraphCountOne
        : formatString(strings.paragraphCountOther, { n: count })}
    </span>
  );
}
