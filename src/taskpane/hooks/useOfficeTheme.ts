/**
 * Follows Office's theme while the pane is open. Word has no theme-changed event, so the pane
 * looks at Office.context.officeTheme again whenever it regains focus or becomes visible: after
 * switching Office to dark, the pane turns dark the next time the user comes back to it.
 */
import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import { fluentThemeFor } from "../office-theme";

export type OfficeThemeColours = { bodyBackgroundColor?: string } | undefined | null;

export function useOfficeTheme(readTheme: () => OfficeThemeColours): Theme {
  const read = React.useRef(readTheme);
  React.useLayoutEffect(() => {
    read.current = readTheme;
  });
  const [theme, setTheme] = React.useState(() => fluentThemeFor(readTheme()));
  React.useEffect(() => {
    const check = () => setTheme(fluentThemeFor(read.current()));
    const onVisible = () => {
      if (document.visibilityState === "visible") check();
    };
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return theme;
}
