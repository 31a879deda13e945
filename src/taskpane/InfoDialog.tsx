/**
 * Over and Help: short texts in a modal dialog, so the pane underneath stays as it was. The
 * browser's own <dialog> gives the modality (inert page, focus kept inside, Escape); it stays
 * inside the Fluent provider, so it takes the pane's theme without a portal.
 */
import * as React from "react";
import { Button, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useStrings } from "./strings";

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
    overflowWrap: "anywhere",
    "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: "flex",
    justifyContent: "flex-end",
    marginTop: tokens.spacingVerticalL,
  },
});

export function InfoDialog({
  topic,
  onClose,
  missing = [],
}: {
  topic: InfoTopic;
  onClose(): void;
  missing?: string[];
}) {
  const styles = useStyles();
  const strings = useStrings();
  const titleId = React.useId();
  const dialog = React.useRef<HTMLDialogElement>(null);
  React.useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Escape: the pane closes the dialog, so React's state and the element agree.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    element.addEventListener("cancel", onCancel);
    if (typeof element.showModal === "function") {
      if (!element.open) element.showModal();
    } else {
      // A webview without modal dialogs still shows the text.
      element.setAttribute("open", "");
    }
    return () => element.removeEventListener("cancel", onCancel);
  }, [onClose]);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} aria-modal="true">
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
        <Button appearance="primary" onClick={onClose} autoFocus>
          {strings.close}
        </Button>
      </div>
    </dialog>
  );
}
