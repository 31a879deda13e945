/**
 * Between the page's DOM selection and the preview document's places (paragraph, offset). The
 * editor is one editing host whose paragraphs carry `data-index`; comments sit between them and
 * are not text, so a DOM place inside or beside one maps to the nearest paragraph.
 */
import type { PreviewPoint } from "../document";

export const PARAGRAPH_SELECTOR = '[data-testid="preview-paragraph"]';

function paragraphOf(node: Node | null, root: HTMLElement): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH_SELECTOR) ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

function indexOf(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.index);
}

/** The text offset of a DOM place inside `paragraph`. */
function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The root's child holding `node` (or the child at `offset` when `node` is the root). */
function topChild(
  root: HTMLElement,
  node: Node,
  offset: number
): { child: Node | null; after: boolean } {
  if (node === root) return { child: root.childNodes[offset] ?? null, after: false };
  let child: Node | null = node;
  while (child && child.parentNode !== root) child = child.parentNode;
  return { child, after: offset > 0 };
}

export function pointOf(root: HTMLElement, node: Node, offset: number): PreviewPoint | null {
  if (!root.contains(node)) return null;
  const paragraph = paragraphOf(node, root);
  if (paragraph)
    return { paragraph: indexOf(paragraph), offset: offsetIn(paragraph, node, offset) };
  // Between paragraphs (on a comment, or on the root itself): the next paragraph's start, or
  // the end of the last one.
  const { child, after } = topChild(root, node, offset);
  let next: Node | null = child ? (after ? child.nextSibling : child) : null;
  while (next && !(next instanceof HTMLElement && next.matches(PARAGRAPH_SELECTOR)))
    next = next.nextSibling;
  if (next) return { paragraph: indexOf(next as HTMLElement), offset: 0 };
  const all = root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR);
  const last = all[all.length - 1];
  return last ? { paragraph: indexOf(last), offset: (last.textContent ?? "").length } : null;
}

/** A DOM range's two ends as places, in document order; null outside the editor. */
export function rangePoints(
  root: HTMLElement,
  range: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }
): [PreviewPoint, PreviewPoint] | null {
  const from = pointOf(root, range.startContainer, range.startOffset);
  const to = pointOf(root, range.endContainer, range.endOffset);
  return from && to ? [from, to] : null;
}

/** The page's selection as places, or null when it is not in the editor. */
export function selectionPoints(root: HTMLElement): [PreviewPoint, PreviewPoint] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return rangePoints(root, selection.getRangeAt(0));
}

/** Puts the caret at a place. */
export function placeCaret(root: HTMLElement, point: PreviewPoint): void {
  const paragraph = root.querySelector<HTMLElement>(
    `${PARAGRAPH_SELECTOR}[data-index="${point.paragraph}"]`
  );
  const selection = window.getSelection();
  if (!paragraph || !selection) return;
  const range = document.createRange();
  const text = paragraph.firstChild;
  if (text && text.nodeType === Node.TEXT_NODE)
    range.setStart(text, Math.min(point.offset, text.textContent?.length ?? 0));
  else range.setStart(paragraph, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}
