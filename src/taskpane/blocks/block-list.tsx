/**
 * The blocks suggested under a theme card, the report's and the user's own alike: a plain list
 * of block cards sharing the pane's placeholder values and its one inserter.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnyBlock, Audience } from "../../content";
import { BlockCard, type BlockCardProps } from "./block-card";
import type { BlockInserter, PlaceholderValues } from "./use-block-inserter";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export function BlockList(props: {
  blocks: readonly AnyBlock[];
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
  audience: Audience | null;
  /** The cards' heading level, one under the list's own heading. */
  headingLevel: BlockCardProps["headingLevel"];
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid={props.testId}>
      {props.blocks.map((block) => (
        <li key={block.id}>
          <BlockCard
            block={block}
            values={props.values}
            onValuesChange={props.onValuesChange}
            inserter={props.inserter}
            audience={props.audience}
            headingLevel={props.headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
