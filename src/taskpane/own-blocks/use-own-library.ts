/**
 * The user's own blocks, for the whole pane: the list, changing it (kept on this computer at
 * once), and whether keeping it failed. One source, handed down by context, so the suggestions
 * and the library show the same blocks.
 */
import * as React from "react";
import type { OwnBlock } from "../../content/types";
import {
  browserStorage,
  readStoredLibrary,
  writeStoredLibrary,
  type LibraryStorage,
} from "./storage";

export interface OwnLibrary {
  blocks: readonly OwnBlock[];
  loaded: boolean;
  /** Why the stored library could not be read (it is left as it is), or null. */
  unreadable: string | null;
  /** False after the browser refused to keep a change. */
  kept: boolean;
  setBlocks(blocks: readonly OwnBlock[]): void;
}

const NONE: readonly OwnBlock[] = [];

export const OwnLibraryContext = React.createContext<OwnLibrary>({
  blocks: NONE,
  loaded: true,
  unreadable: null,
  kept: true,
  setBlocks: () => {},
});

export function useOwnLibraryContext(): OwnLibrary {
  return React.useContext(OwnLibraryContext);
}

export function useOwnLibrary(storage: LibraryStorage | null = browserStorage()): OwnLibrary {
  const [blocks, setState] = React.useState<readonly OwnBlock[]>(NONE);
  const [loaded, setLoaded] = React.useState(false);
  const [unreadable, setUnreadable] = React.useState<string | null>(null);
  const [kept, setKept] = React.useState(true);
  const store = React.useRef(storage);
  // Writes in order: a later change never lands before an earlier one.
  const writing = React.useRef<Promise<unknown>>(Promise.resolve());

  React.useEffect(() => {
    let live = true;
    void readStoredLibrary(store.current).then(
      (stored) => {
        if (!live) return;
        if (stored.ok) setState(stored.blocks);
        else setUnreadable(stored.reason);
        setLoaded(true);
      },
      () => live && setLoaded(true)
    );
    return () => {
      live = false;
    };
  }, []);

  const setBlocks = React.useCallback((next: readonly OwnBlock[]) => {
    setState(next);
    setUnreadable(null);
    writing.current = writing.current
      .then(() => writeStoredLibrary(store.current, next))
      .then(setKept, () => setKept(false));
  }, []);

  return React.useMemo(
    () => ({ blocks, loaded, unreadable, kept, setBlocks }),
    [blocks, loaded, unreadable, kept, setBlocks]
  );
}
