/**
 * Copying a block's text, its paragraphs separated by a blank line: pasted as plain text into an
 * e-mail, a web form or a chat, a single line break would read as one paragraph wrapped.
 *
 * Word's task pane runs in a web view that may refuse the async clipboard (no permission, no
 * secure context, the older Edge web view of Word 2016/2019); the old copy command still works
 * there from a click. When both refuse, the caller tells the user to copy by hand.
 */
export async function copyToClipboard(paragraphs: readonly string[]): Promise<boolean> {
  const text = paragraphs.join("\n\n");
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: try the copy command below.
    }
  }
  return copyWithCommand(text);
}

function copyWithCommand(text: string): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  // The command copies a selection, so select the text in an off-screen field, then give focus
  // back to where it was: the keyboard user stays on the copy button.
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.setAttribute("aria-hidden", "true");
  Object.assign(field.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  document.body.appendChild(field);
  try {
    field.focus({ preventScroll: true });
    field.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
    previous?.focus();
  }
}
