/**
 * "Voor: [Gemeente ▾]": who the application is for; it re-ranks suggestions, never filters.
 * Fluent's Select (a native select) rather than its Dropdown: the same look and keyboard use, the
 * platform's own list on touch and for screen readers, and ~30 KB less script.
 */
import * as React from "react";
import { Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { AUDIENCES_INFO, type Audience } from "../content";
import { LanguageContext, useStrings } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  select: { minWidth: "12rem", maxWidth: "100%" },
});

export function AudiencePicker({
  audience,
  onChange,
}: {
  audience: Audience | null;
  onChange(audience: Audience): void;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const id = useId("audience");
  return (
    <div className={styles.row}>
      <label htmlFor={id}>{strings.audienceLabel}</label>
      <Select
        id={id}
        className={styles.select}
        value={audience ?? ""}
        onChange={(_, data) => {
          if (data.value && data.value !== audience) onChange(data.value as Audience);
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
    </div>
  );
}
