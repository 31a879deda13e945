/** The pane's part in the block tests: it keeps the placeholder values and owns the inserter. */
import * as React from "react";
import type { AnyBlock, Audience } from "../../../src/content";
import type { DocumentPort, InsertOutcome, InsertedBlock } from "../../../src/document/port";
import {
  BlockCard,
  BlockLibrary,
  useBlockInserter,
  type Insertion,
  type PlaceholderValues,
} from "../../../src/taskpane/blocks";

interface HostProps {
  port: DocumentPort;
  audience?: Audience | null;
  initialValues?: PlaceholderValues;
  onInserted?: (item: Insertion, outcome: InsertOutcome, inserted: InsertedBlock) => void;
  onValues?: (values: PlaceholderValues) => void;
}

function useHost({ port, initialValues = {}, onInserted, onValues }: HostProps) {
  const [values, setValues] = React.useState<PlaceholderValues>(initialValues);
  const inserter = useBlockInserter(port, onInserted ?? (() => {}));
  const onValuesChange = (next: PlaceholderValues) => {
    setValues(next);
    onValues?.(next);
  };
  return { values, onValuesChange, inserter };
}

export function CardHost(props: HostProps & { block: AnyBlock }) {
  const { values, onValuesChange, inserter } = useHost(props);
  return (
    <BlockCard
      block={props.block}
      values={values}
      onValuesChange={onValuesChange}
      inserter={inserter}
      audience={props.audience ?? null}
    />
  );
}

export function LibraryHost(props: HostProps & { headingLevel?: 2 | 3 | 4 }) {
  const { values, onValuesChange, inserter } = useHost(props);
  return (
    <BlockLibrary
      audience={props.audience ?? null}
      values={values}
      onValuesChange={onValuesChange}
      inserter={inserter}
      headingLevel={props.headingLevel}
    />
  );
}
