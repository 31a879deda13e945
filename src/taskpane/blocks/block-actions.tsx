/**
 * Insert (after the cursor's paragraph, or at the end from the split menu) and copy. While this
 * block is being inserted the buttons stay focusable but inert, so keyboard focus is never lost.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SplitButton,
  Spinner,
  makeStyles,
  tokens,
  type MenuButtonProps,
} from "@fluentui/react-components";
import { Copy20Regular, DocumentArrowDown20Regular, TextAdd20Regular } from "@fluentui/react-icons";
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
      <Menu positioning="below-start">
        <MenuTrigger disableButtonEnhancement>
          {(triggerProps: MenuButtonProps) => (
            <SplitButton
              appearance="primary"
              size="small"
              disabledFocusable={pending}
              icon={pending ? <Spinner size="extra-tiny" /> : <TextAdd20Regular />}
              menuButton={{
                ...triggerProps,
                "aria-label": message(strings.insertOptionsNamed, { name }),
              }}
              primaryActionButton={{
                onClick: () => onInsert("after-cursor"),
                "aria-label": message(strings.insertNamed, { name }),
              }}
            >
              {strings.insert}
            </SplitButton>
          )}
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem
              icon={<DocumentArrowDown20Regular />}
              disabled={pending}
              onClick={() => onInsert("end")}
            >
              {strings.insertAtEnd}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
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
