/** Over and Help: short texts in a dialog, so the pane underneath stays as it was. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "./strings";

export type InfoTopic = "about" | "help";

export function InfoDialog({
  topic,
  onClose,
  missing = [],
}: {
  topic: InfoTopic | null;
  onClose(): void;
  missing?: string[];
}) {
  const strings = useStrings();
  return (
    <Dialog open={topic !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{topic === "help" ? strings.helpTitle : strings.aboutTitle}</DialogTitle>
          <DialogContent>
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
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
