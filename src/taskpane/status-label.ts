/** The word for a theme's state, in the pane's language. */
import type { Strings } from "./strings";
import type { PaneStatus } from "./pane-themes";

export function statusLabel(strings: Strings, status: PaneStatus): string {
  switch (status) {
    case "covered":
      return strings.statusCovered;
    case "weak":
      return strings.statusWeak;
    case "missing":
      return strings.statusMissing;
    case "not-relevant":
      return strings.statusNotRelevant;
  }
}
