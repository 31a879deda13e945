/**
 * A row of tabs with Fluent's small TabList look: one tab stop, arrow keys (and Home/End) move
 * and select, as the WAI-ARIA tabs pattern describes. Hand-written because Fluent's TabList
 * brings a focus-management library the rest of the pane no longer needs.
 */
import * as React from "react";
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", alignItems: "stretch" },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: "pointer",
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
    },
  },
});

export interface PaneTabItem<T extends string> {
  value: T;
  label: string;
}

export function PaneTabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
}: {
  tabs: PaneTabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  label: string;
  /** Tab i gets id `${idPrefix}-tab-${value}` and controls `${idPrefix}-panel-${value}`. */
  idPrefix: string;
}) {
  const styles = useStyles();
  const refs = React.useRef(new Map<T, HTMLButtonElement | null>());
  const move = (event: React.KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.value === selected);
    const n = tabs.length;
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % n
        : event.key === "ArrowLeft"
          ? (at - 1 + n) % n
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? n - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    onSelect(tabs[to].value);
    refs.current.get(tabs[to].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={move}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              refs.current.set(tab.value, element);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.value}`}
            aria-controls={`${idPrefix}-panel-${tab.value}`}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
