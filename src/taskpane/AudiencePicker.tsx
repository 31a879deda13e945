/** "Voor: [Gemeente ▾]": who the application is for; it re-ranks suggestions, never filters. */
import * as React from "react";
import { Dropdown, Option, makeStyles, tokens, useId } from "@fluentui/react-components";
import { AUDIENCES_INFO, type Audience } from "../content";
import { LanguageContext, useStrings } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  dropdown: { minWidth: "12rem", maxWidth: "100%" },
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
  const labelId = useId("audience-label");
  const selected = AUDIENCES_INFO.find((info) => info.id === audience);
  return (
    <div className={styles.row}>
      <label id={labelId}>{strings.audienceLabel}</label>
      <Dropdown
        className={styles.dropdown}
        aria-labelledby={labelId}
        placeholder={strings.audiencePlaceholder}
        value={selected ? selected.label[language] : ""}
        selectedOptions={audience ? [audience] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue && data.optionValue !== audience)
            onChange(data.optionValue as Audience);
        }}
      >
        {AUDIENCES_INFO.map((info) => (
          <Option key={info.id} value={info.id}>
            {info.label[language]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
