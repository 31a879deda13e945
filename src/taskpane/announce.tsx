/**
 * One polite live region for the whole pane, so screen-reader users hear results and inserts
 * without focus moving. Components call `useAnnounce()(message)`.
 */
import * as React from "react";
import { visuallyHidden } from "./visually-hidden";

type Announce = (message: string) => void;

const AnnounceContext = React.createContext<Announce>(() => {});

export function AnnouncerProvider({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = React.useState("");
  // Re-announcing the same text needs a change in the region's content; a toggling suffix does that.
  const toggle = React.useRef(false);
  const announce = React.useCallback<Announce>((next) => {
    toggle.current = !toggle.current;
    setMessage(next + (toggle.current ? "\u00a0" : ""));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        style={visuallyHidden}
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}
