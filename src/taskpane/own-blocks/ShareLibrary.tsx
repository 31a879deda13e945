/**
 * Keeping and sharing the library as one file, `<naam>.argumentenhulp.json`: export downloads
 * it; import reads one, refused whole (with what is wrong) or merged / put in place of the
 * library. A file over 1 MB is refused by its size, before a byte of it is read.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OwnBlock } from "../../content";
import {
  MAX_LIBRARY_BYTES,
  libraryFileName,
  libraryFileText,
  readLibraryFile,
} from "../../own-blocks/library-file";
import { mergeLibrary, type ImportMode } from "../../own-blocks/merge";
import { refusalMessage } from "../../own-blocks/messages";
import { useAnnounce } from "../announce";
import { StatusLine } from "../blocks/status-line";
import { LanguageContext, formatString } from "../strings";
import { useOwnLibraryStrings } from "../strings/own-library";
import { visuallyHidden } from "../visually-hidden";
import { useOwnLibraryContext } from "./use-own-library";

const useStyles = makeStyles({
  share: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { width: "100%", minWidth: 0 },
});

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Outcome = { tone: "success" | "error"; text: string; undo?: readonly OwnBlock[] } | null;

export function ShareLibrary() {
  const styles = useStyles();
  const strings = useOwnLibraryStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const library = useOwnLibraryContext();
  const headingId = React.useId();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [name, setName] = React.useState(strings.shareNameDefault);
  const [mode, setMode] = React.useState<ImportMode>("merge");
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const say = (next: Outcome) => {
    setOutcome(next);
    if (next) announce(next.text);
  };

  const exportFile = () => {
    const file = libraryFileName(name);
    download(file, libraryFileText(library.blocks, name.trim() || undefined));
    say({
      tone: "success",
      text: formatString(strings.shareExported, { n: library.blocks.length, file }),
    });
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_LIBRARY_BYTES) {
      say({
        tone: "error",
        text: refusalMessage({ kind: "too-large", bytes: file.size }, file.name, language),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say({ tone: "error", text: formatString(strings.shareUnreadable, { file: file.name }) });
      return;
    }
    const reading = readLibraryFile(text);
    if (!reading.ok) {
      say({ tone: "error", text: refusalMessage(reading.refusal, file.name, language) });
      return;
    }
    const before = library.blocks;
    const merged = mergeLibrary(before, reading.blocks, mode);
    library.setBlocks(merged.blocks);
    say(
      mode === "replace"
        ? {
            tone: "success",
            text: formatString(strings.shareReplaced, { added: merged.added, file: file.name }),
            undo: before,
          }
        : {
            tone: "success",
            text: formatString(strings.shareImported, {
              added: merged.added,
              duplicates: merged.duplicates,
              file: file.name,
            }),
          }
    );
  };

  return (
    <section className={styles.share} aria-labelledby={headingId} data-testid="share-library">
      <h3 id={headingId} className={styles.heading}>
        {strings.shareHeading}
      </h3>
      <Field label={strings.shareName}>
        <Input className={styles.wide} value={name} onChange={(_e, data) => setName(data.value)} />
      </Field>
      <Field label={strings.shareImportMode}>
        <RadioGroup value={mode} onChange={(_e, data) => setMode(data.value as ImportMode)}>
          <Radio value="merge" label={strings.shareMerge} />
          <Radio value="replace" label={strings.shareReplace} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button onClick={exportFile}>{strings.shareExport}</Button>
        <Button onClick={() => fileInput.current?.click()}>{strings.shareImport}</Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          style={visuallyHidden}
          tabIndex={-1}
          aria-hidden
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome && (
        <div className={styles.row} data-testid="share-outcome" data-tone={outcome.tone}>
          <StatusLine tone={outcome.tone} text={outcome.text} />
          {outcome.undo && (
            <Button
              onClick={() => {
                library.setBlocks(outcome.undo ?? []);
                setOutcome(null);
              }}
            >
              {strings.shareReplaceUndo}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
