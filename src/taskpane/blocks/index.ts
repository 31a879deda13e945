/** Argument blocks in the task pane: the card, the library and inserting through the port. */
export { useBlockInserter } from "./use-block-inserter";
export { BLOCK_TAG_PREFIX, type Insertion } from "./insertion";
export type { BlockInserter, PlaceholderValues, InsertWhere } from "./use-block-inserter";
export { BlockCard } from "./block-card";
export { BlockList } from "./block-list";
export type { BlockCardProps } from "./block-card";
export { BlockLibrary } from "./block-library";
export type { BlockLibraryProps } from "./block-library";
export { InsertBanner, insertReportText, type InsertReport } from "./insert-banner";
export { usePlacement, PlacementContext } from "./use-placement";
export { quoteAt } from "./placement";
