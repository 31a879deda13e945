/**
 * The pane's top line: product name, refresh, and a menu with Over and Help. Over also lists what
 * this Word cannot do, so an older Word explains itself without a standing warning.
 */
import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, MoreHorizontal20Regular } from "@fluentui/react-icons";
import { useStrings } from "./strings";
import type { InfoTopic } from "./InfoDialog";

// Over and Help are opened rarely; their dialog loads on first use and stays out of the first paint.
const InfoDialog = React.lazy(() =>
  import("./InfoDialog").then((module) => ({ default: module.InfoDialog }))
);

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
});

export function Header({
  onRefresh,
  busy,
  missing,
}: {
  onRefresh(): void;
  busy: boolean;
  missing?: string[];
}) {
  const styles = useStyles();
  const strings = useStrings();
  const [topic, setTopic] = React.useState<InfoTopic | null>(null);
  // The dialog was opened from a menu item that no longer exists; focus returns to the menu button.
  const menuButton = React.useRef<HTMLButtonElement>(null);
  const close = React.useCallback(() => {
    setTopic(null);
    menuButton.current?.focus();
  }, []);
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{strings.productName}</h1>
      <Button
        appearance="subtle"
        icon={<ArrowSync20Regular />}
        onClick={onRefresh}
        disabledFocusable={busy}
      >
        {strings.refresh}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={strings.moreMenu} relationship="label">
            <Button appearance="subtle" icon={<MoreHorizontal20Regular />} ref={menuButton} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => setTopic("about")}>{strings.about}</MenuItem>
            <MenuItem onClick={() => setTopic("help")}>{strings.help}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {topic !== null && (
        <React.Suspense fallback={null}>
          <InfoDialog topic={topic} onClose={close} missing={missing} />
        </React.Suspense>
      )}
    </header>
  );
}
