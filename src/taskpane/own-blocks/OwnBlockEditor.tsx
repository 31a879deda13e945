/**
 * Making or changing an own block: title, text (with `[…]` fields), themes and audiences. The
 * text is a textarea, so Enter starts a new paragraph and the block keeps it. What is wrong is
 * said in words before saving; nothing typed is lost when saving is refused.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AUDIENCES_INFO, THEMES, type Audience, type OwnBlock, type ThemeId } from "../../content";
import { cleanBlockText, ownBlockProblems, placeholdersIn } from "../../own-blocks/own-block";
import { problemMessage } from "../../own-blocks/messages";
import { LanguageContext, formatString } from "../strings";
import { useOwnLibraryStrings } from "../strings/own-library";

const useStyles = makeStyles({
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  wide: { width: "100%", minWidth: 0 },
});

export interface OwnBlockDraft {
  title: string;
  text: string;
  themes: ThemeId[];
  audiences: Audience[];
}

export function draftOf(block: OwnBlock): OwnBlockDraft {
  return {
    title: block.title,
    text: block.text,
    themes: [...block.themes],
    audiences: [...block.audiences],
  };
}

export function OwnBlockEditor(props: {
  initial: OwnBlockDraft;
  editing: boolean;
  onSave(block: Omit<OwnBlock, "id">): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const strings = useOwnLibraryStrings();
  const language = React.useContext(LanguageContext);
  const headingId = React.useId();
  const [draft, setDraft] = React.useState(props.initial);
  const [tried, setTried] = React.useState(false);
  const text = cleanBlockText(draft.text);
  const block = {
    title: draft.title.trim(),
    text,
    themes: THEMES.map((t) => t.id).filter((id) => draft.themes.includes(id)),
    audiences: AUDIENCES_INFO.map((a) => a.id).filter((id) => draft.audiences.includes(id)),
    placeholders: placeholdersIn(text),
  };
  const problems = ownBlockProblems(block);
  const fields = block.placeholders.map((p) => p.original).join(", ");
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0) props.onSave(block);
  };

  return (
    <form
      className={styles.editor}
      aria-labelledby={headingId}
      onSubmit={save}
      data-testid="own-editor"
      noValidate
    >
      <h4 id={headingId} className={styles.heading}>
        {props.editing ? strings.editorHeadingEdit : strings.editorHeadingNew}
      </h4>
      <Field label={strings.editorTitle} required>
        <Input
          className={styles.wide}
          value={draft.title}
          onChange={(_e, data) => setDraft({ ...draft, title: data.value })}
        />
      </Field>
      <Field
        label={strings.editorText}
        required
        hint={`${strings.editorParagraphsHint} ${fields ? formatString(strings.editorFields, { fields }) : strings.editorTextHint}`}
      >
        <Textarea
          className={styles.wide}
          resize="vertical"
          rows={5}
          value={draft.text}
          onChange={(_e, data) => setDraft({ ...draft, text: data.value })}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{strings.editorThemes}</legend>
        {THEMES.map((theme) => (
          <Checkbox
            key={theme.id}
            label={theme.label[language]}
            checked={draft.themes.includes(theme.id)}
            onChange={(_e, data) =>
              setDraft({ ...draft, themes: toggle(draft.themes, theme.id, data.checked === true) })
            }
          />
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{strings.editorAudiences}</legend>
        {AUDIENCES_INFO.map((audience) => (
          <Checkbox
            key={audience.id}
            label={audience.label[language]}
            checked={draft.audiences.includes(audience.id)}
            onChange={(_e, data) =>
              setDraft({
                ...draft,
                audiences: toggle(draft.audiences, audience.id, data.checked === true),
              })
            }
          />
        ))}
      </fieldset>
      {tried && problems.length > 0 && (
        <p role="alert" data-testid="own-editor-problems">
          {formatString(strings.editorProblems, {
            problems: problems.map((p) => problemMessage(p, language)).join("; "),
          })}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {strings.editorSave}
        </Button>
        <Button onClick={props.onCancel}>{strings.editorCancel}</Button>
      </div>
    </form>
  );
}
