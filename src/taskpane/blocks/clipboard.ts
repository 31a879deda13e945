/**
 * Copying a block's text. Word's task pane runs in a web view that may refuse the clipboard
 * (no permission, no secure context, an old Edge): the caller then tells the user to copy by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
