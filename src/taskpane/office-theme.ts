/**
 * Follow Office's own theme: a dark Word gets a dark pane. Office reports colours, not a
 * "dark" flag, so the body background's luminance decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance below this reads as a dark background. */
const DARK_BELOW = 0.4;

export function isDarkColour(colour: string | undefined | null): boolean {
  const hex = colour?.trim().replace(/^#/, "");
  if (!hex || !/^[0-9a-f]{3}([0-9a-f]{3})?$/i.test(hex)) return false;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_BELOW;
}

export function fluentThemeFor(
  officeTheme: { bodyBackgroundColor?: string } | undefined | null
): Theme {
  return isDarkColour(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
