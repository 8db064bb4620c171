// The structured answer Art. 13(2)(f) and 22 turn on: are decisions solely automated, do they have legal or similarly
// significant effects, is there profiling; and, for the privacy policy, the logic and the consequences. The three
// questions are one answer: ticking any records all three, so that "no" is said, not left unsaid.
import { Checkbox, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TranslatableTextField, useField, useFormContext } from '../../components/index.ts';

type Answer = { solelyAutomated: boolean; significantEffects: boolean; profiling: boolean; logic?: unknown; consequences?: unknown };
const QUESTIONS = ['solelyAutomated', 'significantEffects', 'profiling'] as const;

export function AutomatedDecisionFields() {
  const { t } = useTranslation('activities');
  const { form } = useFormContext();
  // Bound to the object too, so that a finding about it can bring the keyboard here.
  const field = useField<Answer>('automatedDecisionMaking', t('field.automatedDecisionMaking'));
  const answer = form.get('automatedDecisionMaking') as Answer | undefined;
  const set = (question: (typeof QUESTIONS)[number], checked: boolean) =>
    form.set('automatedDecisionMaking', { solelyAutomated: false, significantEffects: false, profiling: false, ...(answer ?? {}), [question]: checked });
  const describes = answer !== undefined && (answer.solelyAutomated || answer.profiling);
  return (
    <div className="automated-decision-fields" role="group" aria-labelledby="automated-decision-label">
      <Label id="automated-decision-label" className="field-label">
        {t('field.automatedDecisionMaking')}
      </Label>
      <p className="field-description">{answer === undefined ? t('field.automatedDecisionUnanswered') : t('field.automatedDecisionMakingHelp')}</p>
      {QUESTIONS.map((question, index) => (
        <div className="field checkbox-field" key={question}>
          <Checkbox
            className="checkbox"
            isSelected={answer?.[question] === true}
            onChange={(checked) => set(question, checked)}
            inputRef={index === 0 ? field.focusTarget : undefined}
          >
            <span>{t(`field.automated.${question}`)}</span>
          </Checkbox>
        </div>
      ))}
      {describes && (
        <>
          <TranslatableTextField path="automatedDecisionMaking.logic" label={t('field.automatedLogic')} description={t('field.automatedLogicHelp')} multiline />
          <TranslatableTextField
            path="automatedDecisionMaking.consequences"
            label={t('field.automatedConsequences')}
            description={t('field.automatedConsequencesHelp')}
            multiline
          />
        </>
      )}
    </div>
  );
}
