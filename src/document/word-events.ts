/**
 * "The document may have changed" from Word. WordApi 1.6 has paragraph added/changed/deleted
 * events, which name the paragraphs (uniqueLocalIds); older Word only tells us when the
 * selection moves, which happens whenever the user types or clicks, so it is a cheap stand-in.
 * Debouncing is the pane's job.
 *
 * Registration is asynchronous but the port's onChange returns its unsubscribe at once, so the
 * unsubscribe waits for the registration to finish and then removes exactly what was added, the
 * documented way: through the RequestContext the handlers were added in, re-entered with
 * `Word.run(object, …)` with an object from the run that added them.
 */
import type { OfficeHost, WordHost } from "./word-host";

export type ChangeKind = "changed" | "added" | "deleted" | "unknown";

/** What an event said: its kind and, from WordApi 1.6, the paragraphs it names. */
export type ChangeNotice = (kind: ChangeKind, ids?: readonly string[]) => void;

export function watchWordChanges(
  word: WordHost,
  office: OfficeHost,
  paragraphEvents: boolean,
  notice: ChangeNotice
): () => void {
  let active = true;
  const notify: ChangeNotice = (kind, ids) => {
    if (active) notice(kind, ids);
  };
  const registered: Promise<() => Promise<void>> = paragraphEvents
    ? watchParagraphs(word, notify).catch(() => watchSelection(office, notify))
    : watchSelection(office, notify);
  return () => {
    if (!active) return;
    active = false;
    void registered.then((remove) => remove()).catch(() => undefined);
  };
}

interface ParagraphEventArgs {
  uniqueLocalIds?: unknown;
}

async function watchParagraphs(word: WordHost, notify: ChangeNotice): Promise<() => Promise<void>> {
  const handlerFor = (kind: ChangeKind) => async (args: ParagraphEventArgs) => {
    const ids = Array.isArray(args?.uniqueLocalIds)
      ? args.uniqueLocalIds.filter((id): id is string => typeof id === "string")
      : undefined;
    notify(kind, ids);
  };
  const { document, results } = await word.run(async (context) => {
    const added = [
      context.document.onParagraphAdded.add(handlerFor("added")),
      context.document.onParagraphChanged.add(handlerFor("changed")),
      context.document.onParagraphDeleted.add(handlerFor("deleted")),
    ];
    await context.sync();
    return { document: context.document, results: added };
  });
  return () =>
    word.run(document, async (context) => {
      for (const result of results) result.remove();
      await context.sync();
    });
}

function watchSelection(office: OfficeHost, notify: ChangeNotice): Promise<() => Promise<void>> {
  const document = office.context.document;
  const eventType = office.EventType?.DocumentSelectionChanged;
  const nothing = async () => undefined;
  if (!document?.addHandlerAsync || eventType === undefined) return Promise.resolve(nothing);
  const handler = () => notify("unknown");
  return new Promise((resolve) => {
    document.addHandlerAsync!(eventType, handler, () =>
      resolve(
        () =>
          new Promise<void>((done) => {
            if (!document.removeHandlerAsync) return done();
            document.removeHandlerAsync(eventType, { handler }, () => done());
          })
      )
    );
  });
}
