/**
 * "Nothing moves under the pointer." While the user points at or works inside a list, the list
 * keeps the items and order it showed; each item still shows its fresh state. Once the pointer
 * and focus have left and a short pause has passed, the new order slides in. An item that
 * arrives meanwhile shows at once, at the end: holding still must never hide one (a theme
 * brought back with "Toch meenemen" while the pointer rested on the list used to vanish).
 */
import * as React from "react";

export const SETTLE_MS = 800;

export interface StableOrder<K> {
  keys: K[];
  /** Spread on the list's container. */
  holdProps: {
    onPointerEnter(): void;
    onPointerLeave(): void;
    onFocus(): void;
    onBlur(event: React.FocusEvent<HTMLElement>): void;
  };
}

function sameKeys<K>(a: K[], b: K[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

export function useStableOrder<K>(fresh: K[], settleMs: number = SETTLE_MS): StableOrder<K> {
  const [shown, setShown] = React.useState(fresh);
  const pointerInside = React.useRef(false);
  const focusInside = React.useRef(false);
  const [held, setHeld] = React.useState(false);
  const freshRef = React.useRef(fresh);
  React.useLayoutEffect(() => {
    freshRef.current = fresh;
  });

  const updateHeld = React.useCallback(
    () => setHeld(pointerInside.current || focusInside.current),
    []
  );

  React.useEffect(() => {
    if (held || sameKeys(shown, fresh)) return;
    // The very first result and any result while nobody is looking apply without a pause.
    const wait = shown.length === 0 ? 0 : settleMs;
    const timer = setTimeout(
      () =>
        setShown((current) => (sameKeys(current, freshRef.current) ? current : freshRef.current)),
      wait
    );
    return () => clearTimeout(timer);
  }, [held, fresh, shown, settleMs]);

  const holdProps = React.useMemo(
    () => ({
      onPointerEnter() {
        pointerInside.current = true;
        updateHeld();
      },
      onPointerLeave() {
        pointerInside.current = false;
        updateHeld();
      },
      onFocus() {
        focusInside.current = true;
        updateHeld();
      },
      onBlur(event: React.FocusEvent<HTMLElement>) {
        if (
          event.relatedTarget instanceof Node &&
          event.currentTarget.contains(event.relatedTarget)
        )
          return;
        focusInside.current = false;
        updateHeld();
      },
    }),
    [updateHeld]
  );

  const keys = React.useMemo(() => {
    const arrived = fresh.filter((key) => !shown.includes(key));
    return arrived.length > 0 ? [...shown, ...arrived] : shown;
  }, [fresh, shown]);

  return { keys, holdProps };
}
