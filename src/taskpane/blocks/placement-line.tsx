/**
 * The card's line that says where "Invoegen" puts the block ("Komt na: ‘Elke dinsdag drinken
 * we…’"). Nothing without a pane around it (a card on its own knows no cursor).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";
import { placementText } from "./placement";
import { PlacementContext } from "./use-placement";

const useStyles = makeStyles({
  line: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "break-word",
  },
});

export function PlacementLine() {
  const styles = useStyles();
  const strings = useStrings();
  const state = React.useContext(PlacementContext);
  if (!state?.placement) return null;
  return (
    <p className={styles.line} data-testid="placement-line">
      {placementText(state.placement, strings)}
    </p>
  );
}
