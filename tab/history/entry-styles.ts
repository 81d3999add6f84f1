import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the timeline entries, so every kind lines up the same way. */
export const useEntryStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  parts: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
