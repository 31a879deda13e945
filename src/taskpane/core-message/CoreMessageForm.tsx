/**
 * The core message form, loaded on first use: five answers, one §5 paragraph in the user's
 * words, a preview that marks the report's one sentence, editing, and insert at the cursor
 * through the pane's inserter, like a block: the same placement line above the button, the
 * same banner with Ongedaan maken after it; here only a refusal is shown.
 * Every keystroke goes straight into the document's settings, so nothing typed is lost; an
 * empty answer is named at its field and focus goes there.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBarActions,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Edit20Regular, TextAdd20Regular } from "@fluentui/react-icons";
import { AUDIENCES_INFO, type Audience } from "../../content";
import { CORE_MESSAGE_REPORT_SENTENCE, coreMessageAudience } from "../../content/core-message";
import type { Review } from "../../analysis/types";
import { useAnnounce } from "../announce";
import { BusyMark } from "../BusyMark";
import { insertMessage } from "../blocks/insert-message";
import { PlacementLine } from "../blocks/placement-line";
import type { BlockInserter } from "../blocks/use-block-inserter";
import { StatusLine, type StatusTone } from "../blocks/status-line";
import { Notice } from "../states/Notice";
import { LanguageContext, formatString } from "../strings";
import {
  useCoreMessageFormStrings,
  type CoreMessageFormStrings,
} from "../strings/core-message-form";
import { askLead, composeCoreMessage, type CoreMessageField } from "./compose";
import type { CoreMessageFields, CoreMessageSetting } from "./fields";
import { coreMessageInsertion, CORE_MESSAGE_TAG } from "./insertion";
import { startingPoints, type StartingPoint } from "./starting-points";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  control: { minWidth: 0, width: "100%" },
  start: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
  },
  quote: { margin: 0, fontStyle: "italic", overflowWrap: "anywhere" },
  asks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, overflowWrap: "anywhere", hyphens: "auto" },
  report: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
  source: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface CoreMessageFormProps {
  setting: CoreMessageSetting;
  onChange(setting: CoreMessageSetting): void;
  /** The audience chosen in the pane: the form's until the user picks another one here. */
  paneAudience: Audience | null;
  /** The neighbourhood the user already gave the report's blocks, if any. */
  neighbourhood: string;
  review: Review | null;
  /** The pane's one inserter, which places, reports and announces every insert. */
  inserter: BlockInserter;
}

const FIELD_ORDER: CoreMessageField[] = [
  "audience",
  "neighbourhood",
  "activities",
  "changes",
  "ask",
];

function fieldLabel(strings: CoreMessageFormStrings, field: CoreMessageField): string {
  return {
    audience: strings.coreAudience,
    neighbourhood: strings.coreNeighbourhood,
    activities: strings.coreActivities,
    changes: strings.coreChanges,
    ask: strings.coreAsk,
  }[field];
}

/** The report's sentence marked where it stands unchanged; every other word is the user's. */
function PreviewText({ text }: { text: string }) {
  const styles = useStyles();
  const strings = useCoreMessageFormStrings();
  const at = text.indexOf(CORE_MESSAGE_REPORT_SENTENCE);
  if (at < 0)
    return (
      <p className={styles.text} data-testid="core-message-text">
        {text}
      </p>
    );
  const end = at + CORE_MESSAGE_REPORT_SENTENCE.length;
  return (
    <p className={styles.text} data-testid="core-message-text">
      {text.slice(0, at)}
      <mark className={styles.report}>{CORE_MESSAGE_REPORT_SENTENCE}</mark>{" "}
      <span className={styles.source}>({strings.coreFromReport})</span>
      {text.slice(end)}
    </p>
  );
}

function FromDraft(props: { point: StartingPoint; field: string; onUse(text: string): void }) {
  const { point, field, onUse } = props;
  const styles = useStyles();
  const strings = useCoreMessageFormStrings();
  const n = point.paragraph + 1;
  return (
    <div className={styles.start} data-testid="core-message-start">
      <span>{formatString(strings.coreFromDraft, { n })}</span>
      <p className={styles.quote}>“{point.text}”</p>
      <Button
        size="small"
        aria-label={formatString(strings.coreUseFromDraftNamed, { n, field })}
        onClick={() => onUse(point.text)}
      >
        {strings.coreUseFromDraft}
      </Button>
    </div>
  );
}

export default function CoreMessageForm(props: CoreMessageFormProps) {
  const { setting, onChange, paneAudience, neighbourhood, review, inserter } = props;
  const styles = useStyles();
  const strings = useCoreMessageFormStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const id = React.useId();
  const [problems, setProblems] = React.useState<CoreMessageField[]>([]);
  const [editing, setEditing] = React.useState(false);
  const editBox = React.useRef<HTMLTextAreaElement>(null);
  // The edit button gives way to the box: focus follows, so it is never lost.
  React.useEffect(() => {
    if (editing) editBox.current?.focus();
  }, [editing]);
  const [replaced, setReplaced] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<{ tone: StatusTone; text: string } | null>(null);
  const pending = inserter.pendingTag === CORE_MESSAGE_TAG;
  const fields = setting.fields;
  const audience = fields.audience ?? paneAudience;
  const points = React.useMemo(() => startingPoints(review), [review]);

  // The latest setting, so two changes in one event do not undo each other.
  const latest = React.useRef(setting);
  React.useLayoutEffect(() => {
    latest.current = setting;
  });
  const change = (next: Partial<CoreMessageSetting>) => {
    latest.current = { ...latest.current, ...next };
    onChange(latest.current);
  };
  const changeFields = (next: Partial<CoreMessageFields>) => {
    change({ fields: { ...latest.current.fields, ...next } });
    setProblems((open) => open.filter((field) => !(field in next)));
  };

  // The neighbourhood the user already typed for the report's blocks is where the form starts.
  const prefilled = React.useRef(false);
  React.useEffect(() => {
    if (prefilled.current) return;
    prefilled.current = true;
    if (latest.current.fields.neighbourhood === "" && neighbourhood.trim() !== "")
      changeFields({ neighbourhood: neighbourhood.trim() });
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const error = (field: CoreMessageField) =>
    problems.includes(field) ? strings[`coreMissing.${field}`] : undefined;
  const validation = (field: CoreMessageField) =>
    problems.includes(field)
      ? { validationMessage: error(field), validationState: "error" as const }
      : {};

  const controlId = (field: CoreMessageField) => `${id}-${field}`;
  const compose = (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = composeCoreMessage({ ...fields, audience });
    if (!result.ok) {
      setProblems(result.missing);
      const names = result.missing.map((field) => fieldLabel(strings, field)).join(", ");
      announce(formatString(strings.coreMissing, { fields: names }));
      const first = FIELD_ORDER.find((field) => result.missing.includes(field));
      if (first) document.getElementById(controlId(first))?.focus();
      return;
    }
    setProblems([]);
    setReplaced(setting.edited && setting.text !== null ? setting.text : null);
    setEditing(false);
    change({ text: result.text, edited: false });
    announce(strings.coreComposed);
  };

  const insert = async () => {
    setStatus(null);
    const text = (setting.text ?? "").trim();
    if (text === "") {
      setStatus({ tone: "error", text: strings.coreEmptyText });
      announce(strings.coreEmptyText);
      return;
    }
    const result = await inserter.insertItem(
      coreMessageInsertion(text, strings.coreInsertTitle),
      "after-cursor"
    );
    setStatus(
      result.ok && inserter.reportsInserts ? null : insertMessage(result, strings, language)
    );
  };

  return (
    <div className={styles.form} data-testid="core-message-form">
      <form className={styles.form} noValidate onSubmit={compose}>
        <Field label={strings.coreAudience} {...validation("audience")}>
          <Select
            id={controlId("audience")}
            className={styles.control}
            value={audience ?? ""}
            onChange={(_event, data) =>
              changeFields({ audience: (data.value || null) as Audience | null })
            }
          >
            {!audience && <option value="">{strings.coreAudienceChoose}</option>}
            {AUDIENCES_INFO.map((info) => (
              <option key={info.id} value={info.id}>
                {info.label[language]}
              </option>
            ))}
          </Select>
        </Field>

        <Field
          label={strings.coreNeighbourhood}
          hint={strings.coreNeighbourhoodHint}
          {...validation("neighbourhood")}
        >
          <Input
            id={controlId("neighbourhood")}
            className={styles.control}
            value={fields.neighbourhood}
            onChange={(_event, data) => changeFields({ neighbourhood: data.value })}
          />
        </Field>

        <fieldset className={styles.fieldset} aria-describedby={`${id}-activities-hint`}>
          <legend className={styles.legend}>{strings.coreActivities}</legend>
          <p className={styles.hint} id={`${id}-activities-hint`}>
            {strings.coreActivitiesHint}
          </p>
          {fields.activities.map((value, i) => (
            <Field
              key={i}
              label={formatString(strings.coreActivity, { n: i + 1 })}
              {...(i === 0 ? validation("activities") : {})}
            >
              <Input
                id={i === 0 ? controlId("activities") : undefined}
                className={styles.control}
                value={value}
                placeholder={
                  [
                    strings.coreActivityExample1,
                    strings.coreActivityExample2,
                    strings.coreActivityExample3,
                  ][i]
                }
                onChange={(_event, data) =>
                  changeFields({
                    activities: latest.current.fields.activities.map((old, j) =>
                      j === i ? data.value : old
                    ),
                  })
                }
              />
            </Field>
          ))}
        </fieldset>

        <Field
          label={strings.coreChanges}
          hint={strings.coreChangesHint}
          {...validation("changes")}
        >
          <Textarea
            id={controlId("changes")}
            className={styles.control}
            resize="vertical"
            value={fields.changes}
            onChange={(_event, data) => changeFields({ changes: data.value })}
          />
        </Field>
        {points.changes && fields.changes.trim() === "" && (
          <FromDraft
            point={points.changes}
            field={strings.coreChanges}
            onUse={(text) => changeFields({ changes: text })}
          />
        )}

        <Field
          label={strings.coreAsk}
          hint={
            audience
              ? formatString(strings.coreAskHint, { lead: askLead(audience) })
              : strings.coreAskChooseAudience
          }
          {...validation("ask")}
        >
          <Textarea
            id={controlId("ask")}
            className={styles.control}
            resize="vertical"
            value={fields.ask}
            onChange={(_event, data) => changeFields({ ask: data.value })}
          />
        </Field>
        {audience && fields.ask.trim() === "" && (
          <div className={styles.asks} role="group" aria-label={strings.coreAskStarts}>
            <span>{strings.coreAskStarts}:</span>
            {coreMessageAudience(audience).asks.map((ask) => (
              <Button
                key={ask.text}
                size="small"
                aria-label={formatString(strings.coreUseAsk, { label: ask.label[language] })}
                onClick={() => changeFields({ ask: ask.text })}
              >
                {ask.label[language]}
              </Button>
            ))}
          </div>
        )}
        {points.ask && fields.ask.trim() === "" && (
          <FromDraft
            point={points.ask}
            field={strings.coreAsk}
            onUse={(text) => changeFields({ ask: text })}
          />
        )}

        <div className={styles.actions}>
          <Button type="submit" appearance={setting.text === null ? "primary" : "secondary"}>
            {strings.coreCompose}
          </Button>
        </div>
      </form>

      {replaced !== null && (
        <Notice
          intent="info"
          testId="core-message-replaced"
          actions={
            <MessageBarActions>
              <Button
                onClick={() => {
                  change({ text: replaced, edited: true });
                  setReplaced(null);
                }}
              >
                {strings.coreUndoReplace}
              </Button>
            </MessageBarActions>
          }
        >
          {strings.coreReplaced}
        </Notice>
      )}

      {setting.text !== null && (
        <section
          className={styles.preview}
          aria-labelledby={`${id}-preview`}
          data-testid="core-message-preview"
        >
          <h3 className={styles.heading} id={`${id}-preview`}>
            {strings.corePreviewHeading}
          </h3>
          {editing ? (
            <Field label={strings.coreEditLabel}>
              <Textarea
                ref={editBox}
                className={styles.control}
                resize="vertical"
                rows={10}
                value={setting.text}
                onChange={(_event, data) => {
                  setReplaced(null);
                  change({ text: data.value, edited: true });
                }}
              />
            </Field>
          ) : (
            <PreviewText text={setting.text} />
          )}
          <p className={styles.hint}>
            {setting.edited ? strings.coreEditedNote : strings.corePreviewNote}
          </p>
          <PlacementLine />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={pending}
              icon={pending ? <BusyMark /> : <TextAdd20Regular />}
              aria-label={strings.coreInsertLabel}
              onClick={() => void insert()}
            >
              {strings.coreInsert}
            </Button>
            {!editing && (
              <Button icon={<Edit20Regular />} onClick={() => setEditing(true)}>
                {strings.coreEdit}
              </Button>
            )}
          </div>
          {status && <StatusLine tone={status.tone} text={status.text} />}
        </section>
      )}
    </div>
  );
}
