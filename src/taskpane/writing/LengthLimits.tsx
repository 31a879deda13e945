/**
 * The form's length limits: a meter per limit (words, or characters with spaces, for the whole
 * text or the part under one heading) that says by how much a part is over, and a small form
 * to add one. The limits live in the document's settings.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { measureLimits, type LimitMeasure } from "../../analysis/readability/limits";
import type { DocumentParagraph } from "../../document/port";
import { useAnnounce } from "../announce";
import { formatString } from "../strings";
import { useWritingHelpStrings, type WritingHelpStrings } from "../strings/writing-help";
import { MAX_LIMIT, type LengthLimit, type LimitUnit } from "./limits-setting";

const WHOLE = "";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  meter: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  part: { fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground3 },
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  number: { width: "7em" },
  // A heading can be long; its select may not push the pane wider than 320 px.
  whole: { flexBasis: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

function unitWord(strings: WritingHelpStrings, unit: LimitUnit): string {
  return unit === "words" ? strings.unitWords : strings.unitCharacters;
}

function partName(strings: WritingHelpStrings, limit: LengthLimit): string {
  return limit.heading === undefined
    ? strings.limitWholeDraft
    : formatString(strings.limitUnder, { heading: limit.heading.trim() });
}

function sameLimit(a: LengthLimit, b: LengthLimit): boolean {
  return a.unit === b.unit && a.heading === b.heading;
}

function LimitMeter({ measure, onRemove }: { measure: LimitMeasure; onRemove(): void }) {
  const styles = useStyles();
  const strings = useWritingHelpStrings();
  const { limit, count, over, found } = measure;
  const unit = unitWord(strings, limit.unit);
  const part = partName(strings, limit);
  const status = !found
    ? formatString(strings.limitHeadingGone, { heading: limit.heading ?? "" })
    : over > 0
      ? formatString(strings.limitOver, { over, unit })
      : formatString(strings.limitLeft, { left: limit.max - count, unit });
  return (
    <li className={styles.meter} data-testid="limit-meter" data-over={over > 0}>
      <span className={styles.top}>
        <span className={styles.part}>{part}</span>
        <Button
          size="small"
          appearance="subtle"
          onClick={onRemove}
          aria-label={formatString(strings.limitRemoveLabel, { part })}
        >
          {strings.limitRemove}
        </Button>
      </span>
      <ProgressBar
        thickness="large"
        value={Math.min(count, limit.max)}
        max={limit.max}
        color={over > 0 ? "error" : "brand"}
        aria-label={`${part}: ${formatString(strings.limitMeter, { count, max: limit.max, unit })}`}
      />
      <span>
        {formatString(strings.limitMeter, { count, max: limit.max, unit })} ·{" "}
        <span className={over > 0 ? styles.over : styles.quiet}>{status}</span>
      </span>
    </li>
  );
}

export function LengthLimits({
  paragraphs,
  limits,
  onLimitsChange,
}: {
  paragraphs: DocumentParagraph[];
  limits: LengthLimit[];
  onLimitsChange(limits: LengthLimit[]): void;
}) {
  const styles = useStyles();
  const strings = useWritingHelpStrings();
  const announce = useAnnounce();
  const formId = useId("limit");
  const [max, setMax] = React.useState("");
  const [unit, setUnit] = React.useState<LimitUnit>("words");
  const [scope, setScope] = React.useState(WHOLE);
  const [invalid, setInvalid] = React.useState(false);

  const measures = React.useMemo(
    () =>
      measureLimits(
        paragraphs.map((p) => ({ text: p.text, heading: p.isHeading })),
        limits
      ),
    [paragraphs, limits]
  );
  const headings = React.useMemo(() => {
    const seen = new Set<string>();
    for (const p of paragraphs) if (p.isHeading && p.text.trim()) seen.add(p.text.trim());
    return [...seen];
  }, [paragraphs]);

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const text = max.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < 1 || n > MAX_LIMIT) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const limit: LengthLimit =
      scope === WHOLE ? { unit, max: n } : { unit, max: n, heading: scope };
    // One limit per part and unit: a new number replaces the old one in place.
    const at = limits.findIndex((other) => sameLimit(other, limit));
    onLimitsChange(at < 0 ? [...limits, limit] : limits.map((l, i) => (i === at ? limit : l)));
    setMax("");
    announce(
      formatString(strings.limitAdded, {
        part: partName(strings, limit),
        max: n,
        unit: unitWord(strings, unit),
      })
    );
  };

  const remove = (limit: LengthLimit) => {
    onLimitsChange(limits.filter((other) => other !== limit));
    announce(formatString(strings.limitRemoved, { part: partName(strings, limit) }));
  };

  return (
    <section className={styles.section} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} className={styles.heading}>
        {strings.limitsHeading}
      </h3>
      <p className={styles.intro}>{strings.limitsIntro}</p>
      {measures.length > 0 && (
        <ul className={styles.list}>
          {measures.map((measure) => (
            <LimitMeter
              key={`${measure.limit.unit}:${measure.limit.heading ?? ""}`}
              measure={measure}
              onRemove={() => remove(measure.limit)}
            />
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={add} data-testid="limit-form" noValidate>
        <Field
          label={strings.limitMaxLabel}
          className={styles.number}
          validationState={invalid ? "error" : "none"}
          validationMessage={invalid ? strings.limitBadNumber : undefined}
        >
          <Input inputMode="numeric" value={max} onChange={(_, data) => setMax(data.value)} />
        </Field>
        <Field label={strings.limitUnitLabel}>
          <Select value={unit} onChange={(_, data) => setUnit(data.value as LimitUnit)}>
            <option value="words">{strings.unitWords}</option>
            <option value="characters">{strings.unitCharacters}</option>
          </Select>
        </Field>
        <Field label={strings.limitPartLabel} className={styles.whole}>
          <Select
            className={styles.select}
            select={{ className: styles.selectElement }}
            value={scope}
            onChange={(_, data) => setScope(data.value)}
          >
            <option value={WHOLE}>{strings.limitWholeDraft}</option>
            {headings.map((heading) => (
              <option key={heading} value={heading}>
                {heading}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit">{strings.limitAdd}</Button>
      </form>
    </section>
  );
}
