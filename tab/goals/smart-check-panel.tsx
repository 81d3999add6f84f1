import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import {
  SMART_CRITERIA,
  type SmartCheckResult,
  type SmartCriterion,
} from '../../shared/rules/smart-check.ts';
import { useGoalsT, type GoalsKey } from '../i18n/en-US/goals.ts';
import { smartHintText, smartSuggestionText } from './smart-text.ts';

const LABELS: Record<SmartCriterion, GoalsKey> = {
  specific: 'goals.smart.criterion.specific',
  measurable: 'goals.smart.criterion.measurable',
  achievable: 'goals.smart.criterion.achievable',
  relevant: 'goals.smart.criterion.relevant',
  timeBound: 'goals.smart.criterion.timeBound',
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: { listStyleType: 'none', display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  met: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: '2px' },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  suggestion: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
});

/** The SMART verdict of the statement being typed: each criterion, its hint, and a suggested rewrite. */
export function SmartCheckPanel({
  result,
  onUseSuggestion,
}: {
  result: SmartCheckResult;
  onUseSuggestion(suggestion: string): void;
}) {
  const styles = useStyles();
  const t = useGoalsT();
  const suggestion = result.suggestion && smartSuggestionText(result.suggestion, t);
  return (
    <section
      className={styles.root}
      data-testid="smart-check"
      data-passed={result.passed}
      aria-label={t('goals.smart.title')}
      aria-live="polite"
    >
      <Text weight="semibold">{result.passed ? t('goals.smart.passed') : t('goals.smart.title')}</Text>
      <ul className={styles.list}>
        {SMART_CRITERIA.map((name) => {
          const { ok, hint } = result.criteria[name];
          return (
            <li key={name} className={styles.item} data-criterion={name} data-ok={ok}>
              {ok ? (
                <CheckmarkCircle16Filled className={styles.met} aria-hidden />
              ) : (
                <Warning16Filled className={styles.missing} aria-hidden />
              )}
              <span>
                <Text weight="semibold">{t(LABELS[name])}</Text>
                <Text>{ok ? t('goals.smart.met') : t('goals.smart.notMet')}</Text>
                {!ok && hint && (
                  <>
                    <br />
                    <Caption1>{smartHintText(hint, t)}</Caption1>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {suggestion && (
        <div className={styles.suggestion} data-testid="smart-suggestion">
          <Caption1>
            {t('goals.smart.suggested')} <q>{suggestion}</q>
          </Caption1>
          <Button size="small" onClick={() => onUseSuggestion(suggestion)}>
            {t('goals.smart.useSuggestion')}
          </Button>
        </div>
      )}
    </section>
  );
}
