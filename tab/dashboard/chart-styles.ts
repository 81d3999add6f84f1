import { makeStyles, tokens } from '@fluentui/react-components';

/** Chart colours come from Fluent tokens, so dark and high-contrast themes recolour them. */
export const useChartStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  svg: { display: 'block', width: '100%', height: '96px', overflow: 'visible' },
  bar: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: '0' },
  warnBar: { fill: tokens.colorPaletteRedBackground3 },
  track: { fill: tokens.colorNeutralBackground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '0.5' },
  weekLabels: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: '2px',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 9rem) minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  rowLabel: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  rowSvg: { display: 'block', width: '100%', height: '12px' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    tableLayout: 'fixed',
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  details: {
    fontSize: tokens.fontSizeBase200,
    '& summary': { cursor: 'pointer', color: tokens.colorBrandForeground1 },
  },
});
