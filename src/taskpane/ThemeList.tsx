/**
 * The theme cards of one tab. The list holds still while the user points at or works in it
 * (useStableOrder); each card still shows its fresh state, so an insert visibly turns its theme
 * covered without the card jumping away from under the focus.
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
}

export function ThemeList({ ids, themes, openItems, onToggle, ...cardProps }: ThemeListProps) {
  const styles = useStyles();
  const { keys, holdProps } = useStableOrder(ids);
  const byId = React.useMemo(() => new Map(themes.map((t) => [t.theme.id, t])), [themes]);
  return (
    <div {...holdProps} data-testid="theme-list">
      <div className={styles.list}>
        {keys.map((id) => {
          const item = byId.get(id);
          return item ? (
            <ThemeCard
              key={id}
              item={item}
              open={openItems.includes(id)}
              onToggle={onToggle}
              {...cardProps}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}
