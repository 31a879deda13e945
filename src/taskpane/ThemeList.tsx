/**
 * The theme cards of one tab. The list holds still while the user points at or works in it
 * (useStableOrder); each card still shows its fresh state, so an insert visibly turns its theme
 * covered without the card jumping away from under the focus. A theme set aside stays in the
 * same list, so it moves in place and never shows twice; the list's tail of set-aside themes
 * gets its own heading.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ThemeId } from "../content";
import { ThemeCard, type ThemeCardProps } from "./ThemeCard";
import { useStableOrder } from "./hooks/useStableOrder";
import type { PaneTheme } from "./pane-themes";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface ThemeListProps extends Omit<ThemeCardProps, "item" | "open"> {
  ids: ThemeId[];
  themes: PaneTheme[];
  openItems: ThemeId[];
  onToggle(id: ThemeId): void;
  /** The heading over the list's last cards when they are all set aside ("niet van toepassing"). */
  setAsideHeading?: React.ReactNode;
}

export function ThemeList(props: ThemeListProps) {
  const { ids, themes, openItems, onToggle, setAsideHeading, ...cardProps } = props;
  const styles = useStyles();
  const { keys, holdProps } = useStableOrder(ids);
  const byId = React.useMemo(() => new Map(themes.map((t) => [t.theme.id, t])), [themes]);
  const setAside = (id: ThemeId) => byId.get(id)?.status === "not-relevant";
  let tail = keys.length;
  while (tail > 0 && setAside(keys[tail - 1])) tail -= 1;
  return (
    <div {...holdProps} data-testid="theme-list">
      <div className={styles.list}>
        {keys.map((id, index) => {
          const item = byId.get(id);
          return item ? (
            <React.Fragment key={id}>
              {index === tail && setAsideHeading}
              <ThemeCard
                item={item}
                open={openItems.includes(id)}
                onToggle={onToggle}
                {...cardProps}
              />
            </React.Fragment>
          ) : null;
        })}
      </div>
    </div>
  );
}
