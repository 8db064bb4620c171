// The first activities as the mapping on screen reads them: the Art. 30 items a DPO checks first, one row each, so a
// wrong target shows at once (purposes in the data subjects, a name column that holds references).
import { useTranslation } from 'react-i18next';
import type { ImportedActivity } from '../../../../shared/import-layouts/imported-register.ts';
import type { MappingPreview } from '../../../../shared/ipc/commands/column-mappings.ts';
import { useFormat } from '../../i18n/format.ts';
import { useTargetLabels } from './useTargetLabels.ts';

/** One cell per item, each item on its own line. */
function Items(props: { items: readonly string[] }) {
  return <td className="mapping-preview-items">{props.items.join('\n')}</td>;
}

function ActivityRow({ activity }: { activity: ImportedActivity }) {
  const { t } = useTranslation('import');
  return (
    <tr>
      <td className="mapping-preview-row">{activity.place.row}</td>
      <th scope="row">{activity.name}</th>
      <Items items={activity.purposes} />
      <Items items={activity.legalBases.map((basis) => t(`vocabulary:legalBasis.${basis.basis}`))} />
      <Items items={activity.dataSubjects} />
      <Items items={activity.dataCategories.map((category) => category.name)} />
      <Items items={activity.retention === undefined ? [] : [activity.retention]} />
    </tr>
  );
}

export function MappingPreviewTable(props: { preview: MappingPreview; updating: boolean }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const { label } = useTargetLabels();
  const { preview } = props;
  if (preview.activityCount === 0) return <p className="mapping-empty">{t('mapping.preview.none')}</p>;
  return (
    <div className="mapping-preview-scroll">
      <table className="mapping-preview-table" aria-busy={props.updating}>
        <caption>
          {preview.activities.length < preview.activityCount
            ? t('mapping.preview.captionFirst', { shown: format.number(preview.activities.length), total: format.number(preview.activityCount) })
            : t('mapping.preview.caption', { count: preview.activityCount, total: format.number(preview.activityCount) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="mapping-preview-row">
              {t('mapping.preview.row')}
            </th>
            <th scope="col">{label('name')}</th>
            <th scope="col">{label('purposes')}</th>
            <th scope="col">{label('legalBases')}</th>
            <th scope="col">{label('dataSubjects')}</th>
            <th scope="col">{label('dataCategories')}</th>
            <th scope="col">{label('retention')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.activities.map((activity) => (
            <ActivityRow key={`${activity.place.sheet} ${activity.place.row}`} activity={activity} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
