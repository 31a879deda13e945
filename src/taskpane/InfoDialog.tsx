/**
 * Over and Help: short texts in a modal dialog, so the pane underneath stays as it was. The
 * browser's own <dialog> gives the modality (inert page, focus kept inside, Escape); it stays
 * inside the Fluent provider, so it takes the pane's theme without a portal. It comes as its own
 * chunk when first opened (Header.tsx), with its texts (strings/info.ts).
 */
import * as React from "react";
import { Button, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { VERSION } from "../version";
import { formatString } from "./strings";
import { useInfoStrings } from "./strings/info";

export type InfoTopic = "about" | "help";

// Fluent's DialogSurface look.
const useStyles = makeStyles({
  dialog: {
    boxSizing: "border-box",
    width: "calc(100% - 24px)",
    maxWidth: "600px",
    maxHeight: "calc(100% - 48px)",
    padding: tokens.spacingHorizontalXXL,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "break-word",
    "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The browser's own link blue fails contrast on the dark theme's surface.
  link: { color: tokens.colorBrandForegroundLink },
  actions: {
    display: "flex",
    justifyContent: "flex-end",
    marginTop: tokens.spacingVerticalL,
  },
});

/**
 * A modal <dialog> makes the pane behind it inert, but Tab from its last control would still
 * leave for the host's frame; like Fluent's Dialog, Tab cycles inside.
 */
function keepTabInside(event: React.KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]'
    ),
  ];
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = document.activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

export interface InfoDialogProps {
  topic: InfoTopic;
  onClose(): void;
  missing?: string[];
}

export default function InfoDialog({ topic, onClose, missing = [] }: InfoDialogProps) {
  const styles = useStyles();
  const strings = useInfoStrings();
  const titleId = React.useId();
  const dialog = React.useRef<HTMLDialogElement>(null);
  // Close the element first: while a modal dialog is open the page behind it is inert, and the
  // pane's focus return to the ⋯ button would find nothing focusable.
  const close = React.useCallback(() => {
    if (dialog.current?.open) dialog.current.close?.();
    onClose();
  }, [onClose]);
  React.useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Escape: the pane closes the dialog, so React's state and the element agree.
    const onCancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    element.addEventListener("cancel", onCancel);
    if (typeof element.showModal === "function") {
      if (!element.open) element.showModal();
    } else {
      // A webview without modal dialogs still shows the text.
      element.setAttribute("open", "");
    }
    return () => element.removeEventListener("cancel", onCancel);
  }, [close]);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={keepTabInside}
    >
      <h2 id={titleId} className={styles.title}>
        {topic === "help" ? strings.helpTitle : strings.aboutTitle}
      </h2>
      {topic === "help" ? (
        <ol>
          <li>{strings.helpBody1}</li>
          <li>{strings.helpBody2}</li>
          <li>{strings.helpBody3}</li>
          <li>{strings.helpBody4}</li>
        </ol>
      ) : (
        <>
          <p>{strings.aboutBody}</p>
          <p>{formatString(strings.aboutVersion, { version: VERSION })}</p>
          {/* The hosted pages beside taskpane.html; Word opens a new window in the browser. */}
          <nav aria-label={strings.aboutLinksLabel}>
            <ul>
              <li>
                <a className={styles.link} href="help.html" target="_blank" rel="noopener">
                  {strings.aboutHelpLink}
                </a>
              </li>
              <li>
                <a className={styles.link} href="privacy.html" target="_blank" rel="noopener">
                  {strings.aboutPrivacyLink}
                </a>
              </li>
            </ul>
          </nav>
          {missing.length > 0 && (
            <>
              <p>{strings.missingFeatures}</p>
              <ul>
                {missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={close} autoFocus>
          {strings.close}
        </Button>
      </div>
    </dialog>
  );
}
