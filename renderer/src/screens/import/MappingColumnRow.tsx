// One column of the file in the mapping: its header, its first values (so the DPO sees what the column holds even when
// its header says little) and where its cells go.
import { useTranslation } from 'react-i18next';
import type { MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';
import { SelectBox, type Option } from '../../components/index.ts';
import { isMappingTarget } from './columnMapping.ts';

/** Longer cells are cut here already: the rest is hidden by the layout anyway, and a cell may hold pages of text. */
const SHOWN_CHARACTERS = 160;

export function MappingColumnRow(props: {
  /** The header as the DPO reads it (an empty one named by its position). */
  label: string;
  values: readonly string[];
  target: MappingTarget;
  options: readonly Option[];
  /** What changing this column's target did to another column, said next to the chooser just used. */
  note: string | undefined;
  onTarget: (target: MappingTarget) => void;
}) {
  const { t } = useTranslation('import');
  return (
    <tr className="mapping-column">
      <th scope="row" className="mapping-column-header">
        {props.label}
      </th>
      <td>
        {props.values.length === 0 ? (
          <span className="mapping-empty">{t('mapping.noValues')}</span>
        ) : (
          <ul className="mapping-values" aria-label={t('mapping.valuesOf', { column: props.label })}>
            {props.values.map((value, index) => (
              // The same value may repeat in a column: its position tells the items apart.
              <li key={index} title={value}>
                {value.length > SHOWN_CHARACTERS ? `${value.slice(0, SHOWN_CHARACTERS)}…` : value}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <SelectBox
          label={t('mapping.targetFor', { column: props.label })}
          labelHidden
          options={props.options}
          value={props.target}
          onChange={(value) => {
            if (value !== null && isMappingTarget(value)) props.onTarget(value);
          }}
          className="mapping-target"
        />
        {props.note !== undefined && <p className="mapping-note">{props.note}</p>}
      </td>
    </tr>
  );
}
