/**
 * The user's own words for this block's placeholders. Values are shared by key across blocks
 * and kept by the pane in the document's settings; an empty field keeps the report's words.
 * The card opens them too (a placeholder in the block's text was clicked) and names the field
 * to focus.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { AnyBlock } from "../../content";
import { LanguageContext, useStrings } from "../strings";
import { message } from "./message";
import type { PlaceholderValues } from "./use-block-inserter";

const useStyles = makeStyles({
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
  },
  toggle: {
    alignSelf: "flex-start",
    paddingLeft: 0,
    minWidth: 0,
  },
});

/** Labels are written to read inside a sentence ("naam van je buurt"); a field label starts a line. */
function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase("nl") + text.slice(1);
}

/** Open from the start when the user already filled one, so they see why the text differs. */
export function fieldsOpenAtFirst(block: AnyBlock, values: PlaceholderValues): boolean {
  return block.placeholders.some((p) => (values[p.key] ?? "").trim() !== "");
}

/** Which field to focus; a new object each time, so clicking the same chip twice focuses twice. */
export interface FieldRequest {
  key: string;
}

export function PlaceholderFields(props: {
  block: AnyBlock;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  focus: FieldRequest | null;
}) {
  const { block, values, onValuesChange, open, onOpenChange: setOpen, focus } = props;
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const regionId = React.useId();
  const inputs = React.useRef(new Map<string, HTMLInputElement | null>());
  React.useEffect(() => {
    if (focus && open) inputs.current.get(focus.key)?.focus();
  }, [focus, open]);
  if (block.placeholders.length === 0) return null;

  const change = (key: string, value: string) => {
    const next = { ...values };
    if (value === "") delete next[key];
    else next[key] = value;
    onValuesChange(next);
  };

  return (
    <div>
      <Button
        appearance="transparent"
        size="small"
        className={styles.toggle}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen(!open)}
      >
        {strings.placeholdersToggle}
      </Button>
      {open && (
        <div className={styles.fields} id={regionId}>
          {block.placeholders.map((placeholder) => (
            <Field
              key={placeholder.key}
              label={sentenceCase(placeholder.label[language])}
              hint={message(strings.placeholdersHint, { original: placeholder.original })}
              size="small"
            >
              <Input
                ref={(element) => {
                  inputs.current.set(placeholder.key, element);
                }}
                value={values[placeholder.key] ?? ""}
                placeholder={placeholder.original}
                onChange={(_event, data) => change(placeholder.key, data.value)}
              />
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
