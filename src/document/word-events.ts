/**
 * "The document may have changed" from Word. WordApi 1.6 has paragraph added/changed/deleted
 * events; older Word only tells us when the selection moves, which happens whenever the user
 * types or clicks, so it is a cheap stand-in. Debouncing is the pane's job.
 *
 * Registration is asynchronous but the port's onChange returns its unsubscribe at once, so the
 * unsubscribe waits for the registration to finish and then removes exactly what was added.
 */
import type { OfficeHost, WordHost } from "./word-host";

export function watchWordChanges(
  word: WordHost,
  office: OfficeHost,
  paragraphEvents: boolean,
  listener: () => void
): () => void {
  let active = true;
  const notify = () => {
    if (active) listener();
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

async function watchParagraphs(word: WordHost, notify: () => void): Promise<() => Promise<void>> {
  const handler = async () => notify();
  const results = await word.run(async (context) => {
    const document = context.document;
    const added = [
      document.onParagraphAdded.add(handler),
      document.onParagraphChanged.add(handler),
      document.onParagraphDeleted.add(handler),
    ];
    await context.sync();
    return added;
  });
  return async () => {
    for (const result of results) result.remove();
    await results[0].context.sync();
  };
}

function watchSelection(office: OfficeHost, notify: () => void): Promise<() => Promise<void>> {
  const document = office.context.document;
  const eventType = office.EventType?.DocumentSelectionChanged;
  const nothing = async () => undefined;
  if (!document?.addHandlerAsync || eventType === undefined) return Promise.resolve(nothing);
  const handler = () => notify();
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
