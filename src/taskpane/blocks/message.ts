/**
 * Fills `{name}` marks in a string of the tables in src/taskpane/strings. A mark without a value
 * stays visible, so a missing parameter shows up in a test instead of vanishing from the pane.
 */
export function message(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([\w-]+)\}/g, (mark, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : mark
  );
}
