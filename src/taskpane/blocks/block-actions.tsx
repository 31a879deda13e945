/**
 * Insert (after the cursor's paragraph, or at the end) and copy. "At the end" is its own button
 * rather than a split button's menu: one press instead of two, and no popup to position. While
 * this block is being inserted the buttons stay focusable but inert, so keyboard focus is never
 * lost.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, DocumentArrowDown20Regular, TextAdd20Regular } from "@fluentui/react-icons";
import { BusyMark } from "../BusyMark";
import { useStrings } from "../strings";
import { message } from "./message";
import type { InsertWhere } from "./use-block-inserter";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export function BlockActions(props: {
  name: string;
  pending: boolean;
  onInsert(where: InsertWhere): void;
  onCopy(): void;
}) {
  const { name, pending, onInsert, onCopy } = props;
  const styles = useStyles();
  const strings = useStrings();
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        size="small"
        disabledFocusable={pending}
        icon={pending ? <BusyMark /> : <TextAdd20Regular />}
        aria-label={message(strings.insertNamed, { name })}
        onClick={() => onInsert("after-cursor")}
      >
        {strings.insert}
      </Button>
      <Button
        size="small"
        disabledFocusable={pending}
        icon={<DocumentArrowDown20Regular />}
        aria-label={message(strings.insertAtEndNamed, { name })}
        onClick={() => onInsert("end")}
      >
        {strings.insertAtEnd}
      </Button>
      <Button
        size="small"
        icon={<Copy20Regular />}
        disabledFocusable={pending}
        aria-label={message(strings.copyNamed, { name })}
        onClick={onCopy}
      >
        {strings.copy}
      </Button>
    </div>
  );
}
