/**
 * Every block of the report, searchable and filterable by theme and audience. The audience
 * filter follows the audience chosen for the document until the user picks another one here.
 */
import * as React from "react";
import { Button, Field, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AUDIENCES_INFO, BLOCKS, THEMES, type Audience, type ThemeId } from "../../content";
import { useAnnounce } from "../announce";
import { LanguageContext, useStrings, type Strings } from "../strings";
import { BlockCard } from "./block-card";
import { findBlocks } from "./library-search";
import { message } from "./message";
import type { BlockInserter, PlaceholderValues } from "./use-block-inserter";

/** Long enough that a typed word is not announced letter by letter. */
const ANNOUNCE_PAUSE_MS = 700;

const useStyles = makeStyles({
  library: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  filter: {
    flexGrow: 1,
    flexBasis: "130px",
    minWidth: 0,
  },
  select: {
    minWidth: 0,
    width: "100%",
  },
  // Fluent's SearchBox keeps a wide minimum; the pane can be 320 px.
  search: {
    minWidth: 0,
    width: "100%",
    maxWidth: "100%",
  },
  count: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  emptyText: { margin: 0 },
});

export interface BlockLibraryProps {
  audience: Audience | null;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
  /** Level of the library's heading (its cards go one deeper); 2 when it stands on its own. */
  headingLevel?: 2 | 3 | 4;
}

function countText(strings: Strings, n: number): string {
  return n === 1 ? strings.libraryCountOne : message(strings.libraryCountMany, { n });
}

export function BlockLibrary(props: BlockLibraryProps) {
  const { audience, values, onValuesChange, inserter, headingLevel = 2 } = props;
  const Heading = `h${headingLevel}` as const;
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const headingId = React.useId();
  const searchRef = React.useRef<HTMLInputElement>(null);
  const [query, setQuery] = React.useState("");
  const [theme, setTheme] = React.useState<ThemeId | "alle">("alle");
  // null: follow the document's audience; set once the user picks one here.
  const [audienceChoice, setAudienceChoice] = React.useState<Audience | "alle" | null>(null);
  const audienceFilter = audienceChoice ?? audience ?? "alle";

  // Typing stays responsive: the list follows the box when React has time.
  const deferredQuery = React.useDeferredValue(query);
  const results = React.useMemo(
    () => findBlocks(BLOCKS, { query: deferredQuery, theme, audience: audienceFilter }),
    [deferredQuery, theme, audienceFilter]
  );

  const count = countText(strings, results.length);
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(
      () => announce(results.length === 0 ? strings.libraryEmpty : count),
      ANNOUNCE_PAUSE_MS
    );
    return () => clearTimeout(timer);
  }, [results, count, strings, announce]);

  const clearFilters = () => {
    setQuery("");
    setTheme("alle");
    setAudienceChoice("alle");
    searchRef.current?.focus();
  };

  return (
    <section className={styles.library} aria-labelledby={headingId} data-testid="block-library">
      <Heading id={headingId} className={styles.heading}>
        {strings.libraryHeading}
      </Heading>
      <Field label={strings.librarySearch}>
        <SearchBox
          ref={searchRef}
          className={styles.search}
          value={query}
          placeholder={strings.librarySearchPlaceholder}
          onChange={(_event, data) => setQuery(data.value)}
        />
      </Field>
      <div className={styles.filters}>
        <Field label={strings.libraryTheme} className={styles.filter}>
          <Select
            className={styles.select}
            value={theme}
            onChange={(_event, data) => setTheme(data.value as ThemeId | "alle")}
          >
            <option value="alle">{strings.libraryAllThemes}</option>
            {THEMES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label[language]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.libraryAudience} className={styles.filter}>
          <Select
            className={styles.select}
            value={audienceFilter}
            onChange={(_event, data) => setAudienceChoice(data.value as Audience | "alle")}
          >
            <option value="alle">{strings.libraryAllAudiences}</option>
            {AUDIENCES_INFO.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label[language]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className={styles.count} data-testid="library-count">
        {count}
      </p>
      {results.length === 0 ? (
        <div className={styles.empty} data-testid="library-empty">
          <p className={styles.emptyText}>
            <strong>{strings.libraryEmpty}</strong> {strings.libraryEmptyHint}
          </p>
          <Button onClick={clearFilters}>{strings.libraryClearFilters}</Button>
        </div>
      ) : (
        <ul className={styles.results} aria-labelledby={headingId}>
          {results.map((block) => (
            <li key={block.id}>
              <BlockCard
                block={block}
                values={values}
                onValuesChange={onValuesChange}
                inserter={inserter}
                audience={audience}
                headingLevel={(headingLevel + 1) as 3 | 4 | 5}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
