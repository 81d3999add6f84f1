import { Body1, Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { LIMITS } from '../../shared/domain/limits.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import { MAX_QUESTIONS, move, newQuestion, type FieldErrors, type QuestionDraft } from './settings-draft.ts';
import { useSettingsStyles } from './settings-styles.ts';

/** The team's own questions on the check-in card, in order: add, edit, remove, move. */
export function QuestionsSection({
  questions,
  errors,
  onChange,
}: {
  questions: QuestionDraft[];
  errors: FieldErrors;
  onChange(questions: QuestionDraft[]): void;
}) {
  const styles = useSettingsStyles();
  const t = useSettingsT();
  const edit = (index: number, text: string) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, text } : q)));
  const full = questions.length >= MAX_QUESTIONS;
  return (
    <fieldset className={styles.section} data-testid="settings-questions">
      <legend className={styles.legend}>
        <Subtitle2>{t('settings.questions.title')}</Subtitle2>
      </legend>
      <Body1 className={styles.hint}>
        {t('settings.questions.hint', { count: questions.length, max: MAX_QUESTIONS })}
      </Body1>
      {errors['settings.questions'] && <Body1 role="alert">{errors['settings.questions']}</Body1>}
      <ol className={styles.list}>
        {questions.map((question, index) => (
          <li key={question.key} className={styles.item} data-testid="settings-question">
            <Field
              className={styles.grow}
              label={t('settings.questions.label', { number: index + 1 })}
              validationMessage={
                errors[`settings.questions.${index}.text`] ?? errors[`settings.questions.${index}.id`]
              }
            >
              <Input
                value={question.text}
                maxLength={LIMITS.shortText}
                onChange={(_, data) => edit(index, data.value)}
              />
            </Field>
            <div className={styles.actions}>
              <Button
                icon={<ArrowUp20Regular />}
                aria-label={t('settings.questions.moveUp', { number: index + 1 })}
                disabled={index === 0}
                onClick={() => onChange(move(questions, index, -1))}
              />
              <Button
                icon={<ArrowDown20Regular />}
                aria-label={t('settings.questions.moveDown', { number: index + 1 })}
                disabled={index === questions.length - 1}
                onClick={() => onChange(move(questions, index, 1))}
              />
              <Button
                icon={<Delete20Regular />}
                aria-label={t('settings.questions.remove', { number: index + 1 })}
                onClick={() => onChange(questions.filter((_, i) => i !== index))}
              />
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          icon={<Add20Regular />}
          disabled={full}
          data-testid="settings-add-question"
          onClick={() => onChange([...questions, newQuestion()])}
        >
          {full ? t('settings.questions.full', { max: MAX_QUESTIONS }) : t('settings.questions.add')}
        </Button>
      </div>
    </fieldset>
  );
}
