/**
 * A small turning ring for a button that is busy. Fluent's Spinner would do the same at ~9 KB of
 * script; this is its look in a few lines of CSS. Decorative: the busy state is told by the
 * button's inert state and the card's aria-busy.
 */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  ring: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border(tokens.strokeWidthThick, "solid", tokens.colorNeutralStroke1),
    borderTopColor: "currentColor",
    animationName: { to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

export function BusyMark() {
  const styles = useStyles();
  return <span aria-hidden="true" className={styles.ring} data-testid="busy-mark" />;
}
