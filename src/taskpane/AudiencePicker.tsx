/**
 * “Aan wie schrijf je?”: who the application is for, asked as a question, with a line under it
 * that says what the choice does: the themes that recipient weighs most come first in the list
 * (it re-ranks, never filters). After the user changes it, the line says the order changed.
 * Fluent’s Select (a native select) rather than its Dropdown: the same look and keyboard use, the
 * platform’s own list on touch and for screen readers, and ~30 KB less script.
 */
import * as React from "react";
import { Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { AUDIENCES_INFO, audienceById, type Audience } from "../content";
import { LanguageContext, formatString, useStrings, type Language, type Strings } from "./strings";
import { themeNames } from "./theme-names";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  label: { fontWeight: tokens.fontWeightSemibold },
  select: { minWidth: "12rem", maxWidth: "100%" },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** What choosing this recipient does to the list, in one sentence. */
export function audienceHint(
  strings: Strings,
  language: Language,
  audience: Audience | null
): string {
  if (audience === null) return strings.audienceHintNone;
  const info = audienceById(audience);
  return formatString(strings.audienceHint, {
    audience: info.label[language].toLowerCase(),
    themes: themeNames(info.emphasis, language),
  });
}

export function AudiencePicker({
  audience,
  onChange,
  children,
}: {
  audience: Audience | null;
  onChange(audience: Audience): void;
  /** Shown beside the select (the paragraph count). */
  children?: React.ReactNode;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const id = useId("audience");
  const hintId = useId("audience-hint");
  // Only a change the user makes here reorders under their eyes; a remembered choice does not.
  const [changed, setChanged] = React.useState(false);
  const hint = audienceHint(strings, language, audience);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {strings.audienceLabel}
      </label>
      <div className={styles.row}>
        <Select
          id={id}
          className={styles.select}
          aria-describedby={hintId}
          value={audience ?? ""}
          onChange={(_, data) => {
            if (!data.value || data.value === audience) return;
            setChanged(true);
            onChange(data.value as Audience);
          }}
        >
          {audience === null && (
            <option value="" disabled>
              {strings.audiencePlaceholder}
            </option>
          )}
          {AUDIENCES_INFO.map((info) => (
            <option key={info.id} value={info.id}>
              {info.label[language]}
            </option>
          ))}
        </Select>
        {children}
      </div>
      <p id={hintId} className={styles.hint} data-testid="audience-hint">
        {changed && audience !== null ? `${strings.audienceReordered} ${hint}` : hint}
      </p>
    </div>
  );
}
