/**
 * Where a block comes from and whom it suits: "Rapport §2 Relaties zijn geen bijzaak · past bij:
 * fonds, gemeente", the chosen audience first and in bold, so the fit is seen at a glance. The
 * user's own block says "Eigen tekstblok" instead: it is never attributed to the report.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { AUDIENCES_INFO, isOwnBlock, type AnyBlock, type Audience } from "../../content";
import { LanguageContext, useStrings } from "../strings";
import { message } from "./message";
import { visuallyHidden } from "../visually-hidden";

const useStyles = makeStyles({
  source: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  chosen: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function BlockSource({ block, audience }: { block: AnyBlock; audience: Audience | null }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const fits = AUDIENCES_INFO.filter((info) => block.audiences.includes(info.id)).sort(
    (a, b) => Number(b.id === audience) - Number(a.id === audience)
  );
  const [before, after] = strings.fitsAudiences.split("{audiences}");
  return (
    <p className={styles.source} data-testid="block-source">
      {isOwnBlock(block)
        ? strings.ownSource
        : message(strings.sourceReport, { section: block.section })}
      {" · "}
      {before}
      {fits.map((info, index) => (
        <React.Fragment key={info.id}>
          {index > 0 && strings.listSeparator}
          {info.id === audience ? (
            <strong className={styles.chosen} data-chosen-audience={info.id}>
              {info.label[language].toLocaleLowerCase(language)}
              <span style={visuallyHidden}>{` (${strings.chosenAudience})`}</span>
            </strong>
          ) : (
            info.label[language].toLocaleLowerCase(language)
          )}
        </React.Fragment>
      ))}
      {after}
    </p>
  );
}
