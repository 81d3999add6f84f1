import { Body1, Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { LIMITS } from '../../shared/domain/limits.ts';
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
  const edit = (index: number, text: string) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, text } : q)));
  const full = questions.length >= MAX_QUESTIONS;
  return (
    <fieldset className={styles.section} data-testid="settings-questions">
      <legend className={styles.legend}>
        <Subtitle2>Questions</Subtitle2>
      </legend>
      <Body1 className={styles.hint}>
        Asked on every check-in after tasks, blockers and wins ({questions.length} of {MAX_QUESTIONS}).
      </Body1>
      {errors['settings.questions'] && <Body1 role="alert">{errors['settings.questions']}</Body1>}
      <ol className={styles.list}>
        {questions.map((question, index) => (
          <li key={question.key} className={styles.item} data-testid="settings-question">
            <Field
              className={styles.grow}
              label={`Question ${index + 1}`}
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
                aria-label={`Move question ${index + 1} up`}
                disabled={index === 0}
                onClick={() => onChange(move(questions, index, -1))}
              />
              <Button
                icon={<ArrowDown20Regular />}
                aria-label={`Move question ${index + 1} down`}
                disabled={index === questions.length - 1}
                onClick={() => onChange(move(questions, index, 1))}
              />
              <Button
                icon={<Delete20Regular />}
                aria-label={`Remove question ${index + 1}`}
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
          {full ? `At most ${MAX_QUESTIONS} questions` : 'Add question'}
        </Button>
      </div>
    </fieldset>
  );
}
