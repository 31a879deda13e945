/**
 * Under a theme card, the user's own blocks for that theme: beside the report's, under their own
 * heading, each card saying "Eigen tekstblok", never the report.
 */
import type { Audience, OwnBlock } from "../../content";
import { BlockList, type BlockInserter, type PlaceholderValues } from "../blocks";
import { useStrings } from "../strings";
import { useOwnLibraryContext } from "./use-own-library";

export function OwnSuggestions(props: {
  ids: readonly string[];
  headingClassName: string;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
  audience: Audience | null;
}) {
  const strings = useStrings();
  // The library's blocks only: a block known from the document's settings alone is not offered
  // (the library lists it under "In dit document" while the draft holds it).
  const { blocks } = useOwnLibraryContext();
  const shown = props.ids
    .map((id) => blocks.find((block) => block.id === id))
    .filter((block): block is OwnBlock => block !== undefined);
  if (shown.length === 0) return null;
  return (
    <>
      <h4 className={props.headingClassName}>{strings.ownSuggestionsHeading}</h4>
      <BlockList
        blocks={shown}
        values={props.values}
        onValuesChange={props.onValuesChange}
        inserter={props.inserter}
        audience={props.audience}
        headingLevel={5}
        testId="own-suggestions"
      />
    </>
  );
}
