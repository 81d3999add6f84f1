import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared layout of the settings form: stacked sections that wrap down to 375 px. */
export const useSettingsStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  grow: { flexGrow: 1, flexBasis: '220px', minWidth: 0 },
  emoji: { width: '72px', flexShrink: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  roster: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    maxHeight: '320px',
    overflowY: 'auto',
  },
  heading: { margin: 0 },
  plainList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  hint: { color: tokens.colorNeutralForeground2 },
});
