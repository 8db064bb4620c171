// A list of texts of an activity (data subjects, recipients, security measures), one per row, each suggesting texts as
// the person types (VocabularyTextField). The same list as the form kit's TextListField, with suggestions.
import type { VocabularyField } from '../../../../shared/ipc/commands/activities.ts';
import { RowsField } from '../../components/index.ts';
import { useSuggestions } from './useSuggestions.ts';
import { VocabularyTextField } from './VocabularyTextField.tsx';

export function VocabularyListField(props: {
  vocabulary: Exclude<VocabularyField, 'dataCategories'>;
  path: string;
  label: string;
  itemLabel: (index: number) => string;
  addLabel: string;
  description?: string;
  emptyText?: string;
  isRequired?: boolean;
  multiline?: boolean;
}) {
  const suggestions = useSuggestions(props.vocabulary);
  return (
    <RowsField<string>
      path={props.path}
      label={props.label}
      itemLabel={props.itemLabel}
      addLabel={props.addLabel}
      newItem={() => ''}
      {...(props.description === undefined ? {} : { description: props.description })}
      {...(props.emptyText === undefined ? {} : { emptyText: props.emptyText })}
      isRequired={props.isRequired ?? false}
      renderRow={(rowPath, index) => (
        <VocabularyTextField
          path={rowPath}
          label={props.itemLabel(index)}
          suggestions={suggestions}
          labelHidden
          isRequired
          multiline={props.multiline ?? false}
        />
      )}
    />
  );
}
