/**
 * The pane's per-document choices: the audience, the placeholder values, the themes marked
 * "niet van toepassing", the form's length limits and the core message's answers and paragraph. They live in the document's own settings, so reopening the document
 * brings them back. Whatever the settings hold is checked before use: a document may carry
 * settings from an older version or someone else's hand.
 *
 * Writing: a choice shows at once, but the document is written once per pause (typing a
 * placeholder value would otherwise save on every keystroke), and never two saves at a time: a
 * save that answers late could otherwise land after a newer one and put an older value back.
 * Whatever is still waiting when the pane closes is written then.
 */
import * as React from "react";
import {
  AUDIENCES,
  THEME_IDS,
  type Audience,
  type OwnBlock,
  type ThemeId,
} from "../../content/types";
import type { DocumentPort, DocumentSettings } from "../../document/port";
import { lengthLimitsFrom, type LengthLimit } from "../writing/limits-setting";
import {
  coreMessageFrom,
  EMPTY_CORE_MESSAGE,
  type CoreMessageSetting,
} from "../core-message/fields";

export type PlaceholderValues = Record<string, string>;

export interface PaneSettings {
  audience: Audience | null;
  values: PlaceholderValues;
  notRelevant: ThemeId[];
  limits: LengthLimit[];
  /** Own blocks inserted in this document, so a colleague who opens it sees where they came from. */
  ownBlocks: OwnBlock[];
  coreMessage: CoreMessageSetting;
}

export interface DocumentSettingsState extends PaneSettings {
  loaded: boolean;
  /** False after a write failed: the choice holds for this session only. */
  saved: boolean;
  setAudience(audience: Audience | null): void;
  setValues(values: PlaceholderValues): void;
  setNotRelevant(id: ThemeId, notRelevant: boolean): void;
  setLimits(limits: LengthLimit[]): void;
  /** Remembers an own block inserted here (the latest version of it). */
  noteOwnBlock(block: OwnBlock): void;
  setCoreMessage(coreMessage: CoreMessageSetting): void;
}

/** How long the settings wait for the next change before they are written. */
export const SETTINGS_PAUSE_MS = 500;

const KEYS = {
  audience: "audience",
  values: "placeholderValues",
  notRelevant: "notRelevantThemes",
  limits: "lengthLimits",
  ownBlocks: "ownBlocks",
  coreMessage: "coreMessage",
} as const;

const isText = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== "";

/** Only entries that still look like own blocks: a document may carry anyone's settings. */
function ownBlocksFrom(raw: unknown): OwnBlock[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry): OwnBlock[] => {
    const block = entry as Partial<OwnBlock> | null;
    if (!block || !isText(block.id) || !isText(block.title) || !isText(block.text)) return [];
    const themes = THEME_IDS.filter(
      (id) => Array.isArray(block.themes) && block.themes.includes(id)
    );
    const audiences = AUDIENCES.filter(
      (id) => Array.isArray(block.audiences) && block.audiences.includes(id)
    );
    const placeholders = (Array.isArray(block.placeholders) ? block.placeholders : []).filter(
      (p) => p && isText(p.key) && isText(p.original) && isText(p.label?.nl) && isText(p.label?.en)
    );
    if (themes.length === 0 || audiences.length === 0) return [];
    return [
      { id: block.id, title: block.title, text: block.text, themes, audiences, placeholders },
    ];
  });
}

export function settingsFrom(raw: DocumentSettings): PaneSettings {
  const audience = (AUDIENCES as readonly unknown[]).includes(raw[KEYS.audience])
    ? (raw[KEYS.audience] as Audience)
    : null;
  const values: PlaceholderValues = {};
  const rawValues = raw[KEYS.values];
  if (rawValues && typeof rawValues === "object" && !Array.isArray(rawValues)) {
    for (const [key, value] of Object.entries(rawValues))
      if (typeof value === "string") values[key] = value;
  }
  const rawIds = raw[KEYS.notRelevant];
  const notRelevant = Array.isArray(rawIds) ? THEME_IDS.filter((id) => rawIds.includes(id)) : [];
  return {
    audience,
    values,
    notRelevant,
    limits: lengthLimitsFrom(raw[KEYS.limits]),
    ownBlocks: ownBlocksFrom(raw[KEYS.ownBlocks]),
    coreMessage: coreMessageFrom(raw[KEYS.coreMessage]),
  };
}

function settingsTo(settings: PaneSettings): DocumentSettings {
  return {
    [KEYS.audience]: settings.audience,
    [KEYS.values]: settings.values,
    [KEYS.notRelevant]: settings.notRelevant,
    [KEYS.limits]: settings.limits,
    ...(settings.ownBlocks.length > 0 ? { [KEYS.ownBlocks]: settings.ownBlocks } : {}),
    [KEYS.coreMessage]: settings.coreMessage,
  };
}

/**
 * Writes once per pause and one save at a time; a change during a save is written right after
 * it, with the values of that moment (`write` always reads the latest).
 */
class SettingsWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private again = false;
  private live = true;

  constructor(
    private readonly pauseMs: number,
    private readonly save: () => Promise<{ ok: boolean }>,
    private readonly report: (saved: boolean) => void
  ) {}

  schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), this.pauseMs);
  }

  /** The pane closes: write what is waiting now, report nothing more. */
  flush(): void {
    this.live = false;
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    void this.write();
  }

  private async write(): Promise<void> {
    this.timer = undefined;
    if (this.saving) {
      this.again = true;
      return;
    }
    this.saving = true;
    const result = await this.save();
    this.saving = false;
    if (this.live) this.report(result.ok);
    if (this.again) {
      this.again = false;
      await this.write();
    }
  }
}

export function useDocumentSettings(
  port: DocumentPort,
  pauseMs: number = SETTINGS_PAUSE_MS
): DocumentSettingsState {
  const [settings, setSettings] = React.useState<PaneSettings>({
    audience: null,
    values: {},
    notRelevant: [],
    limits: [],
    ownBlocks: [],
    coreMessage: EMPTY_CORE_MESSAGE,
  });
  const [loaded, setLoaded] = React.useState(false);
  const [saved, setSaved] = React.useState(true);
  const current = React.useRef(settings);
  // Keys this pane does not know (other versions, other tools) are written back untouched.
  const foreign = React.useRef<DocumentSettings>({});
  const changedBeforeLoad = React.useRef<Partial<PaneSettings>>({});

  React.useEffect(() => {
    let live = true;
    void port.readSettings().then((result) => {
      if (!live) return;
      if (result.ok) {
        foreign.current = result.value;
        // A choice made before the read finished wins over what the document held.
        current.current = { ...settingsFrom(result.value), ...changedBeforeLoad.current };
        setSettings(current.current);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [port]);

  const writer = React.useRef<SettingsWriter | null>(null);
  React.useEffect(() => {
    const own = new SettingsWriter(
      pauseMs,
      () => port.writeSettings({ ...foreign.current, ...settingsTo(current.current) }),
      setSaved
    );
    writer.current = own;
    return () => {
      own.flush();
      if (writer.current === own) writer.current = null;
    };
  }, [port, pauseMs]);

  const update = React.useCallback((change: Partial<PaneSettings>) => {
    changedBeforeLoad.current = { ...changedBeforeLoad.current, ...change };
    current.current = { ...current.current, ...change };
    setSettings(current.current);
    writer.current?.schedule();
  }, []);

  const setAudience = React.useCallback(
    (audience: Audience | null) => update({ audience }),
    [update]
  );
  const setValues = React.useCallback((values: PlaceholderValues) => update({ values }), [update]);
  const setNotRelevant = React.useCallback(
    (id: ThemeId, notRelevant: boolean) => {
      const others = current.current.notRelevant.filter((other) => other !== id);
      update({
        notRelevant: notRelevant ? THEME_IDS.filter((t) => t === id || others.includes(t)) : others,
      });
    },
    [update]
  );

  const setLimits = React.useCallback((limits: LengthLimit[]) => update({ limits }), [update]);
  const setCoreMessage = React.useCallback(
    (coreMessage: CoreMessageSetting) => update({ coreMessage }),
    [update]
  );

  const noteOwnBlock = React.useCallback(
    (block: OwnBlock) =>
      update({
        ownBlocks: [...current.current.ownBlocks.filter((b) => b.id !== block.id), block],
      }),
    [update]
  );

  return {
    ...settings,
    loaded,
    saved,
    setAudience,
    setValues,
    setNotRelevant,
    setLimits,
    noteOwnBlock,
    setCoreMessage,
  };
}
