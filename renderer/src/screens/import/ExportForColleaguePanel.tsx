// Sending a part of the register to a colleague: the whole register, one owner's activities or chosen ones, as the spreadsheet
// template, an exchange file or a CSV of activities. The app keeps what the file holds, so that the file coming
// back is merged three-way: only what changed on each side since is compared.
import { useMemo, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, useQuery } from '../../api/index.ts';
import { notify, notifyFailure } from '../../components/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import { usePathField } from '../../components/form/usePathField.ts';
import { SelectBox } from '../../components/form/SelectField.tsx';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ActivityChooser } from './ActivityChooser.tsx';

type Format = 'xlsx' | 'json' | 'csv';
const FORMATS: readonly Format[] = ['xlsx', 'json', 'csv'];
const ALL = '__all__';
const CHOSEN = '__chosen__';

export function ExportForColleaguePanel() {
  const { t } = useTranslation('import');
  const current = useQuery('currentFile', {});
  const activities = useQuery('listActivities', {});
  const askPath = current.data !== undefined && !current.data.nativeDialogs;
  const [format, setFormat] = useState<Format>('xlsx');
  const [owner, setOwner] = useState(ALL);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [noneChosen, setNoneChosen] = useState(false);
  const info = useRegister();
  const pathField = usePathField(t('export.pathRequired'));
  const [busy, setBusy] = useState(false);
  const owners = useMemo(() => {
    const names = new Set((activities.data ?? []).map((activity) => activity.owner?.trim() ?? '').filter((name) => name !== ''));
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [activities.data]);

  async function save() {
    if (owner === CHOSEN && chosen.size === 0) {
      setNoneChosen(true);
      return;
    }
    setBusy(true);
    const result = await call('exportForColleague', {
      format,
      ...(owner === ALL || owner === CHOSEN ? {} : { owner }),
      ...(owner === CHOSEN ? { activityIds: [...chosen] } : {}),
      ...(askPath ? { path: pathField.path } : {}),
    });
    setBusy(false);
    if (!result.ok) return notifyFailure(t('export.failed'), result.error);
    if ('cancelled' in result.value) return;
    const written = result.value;
    notify(t('export.done', { count: written.activities }), { tone: 'success', description: written.path });
  }

  return (
    <section className="panel import-panel" aria-labelledby="export-colleague-title">
      <h2 className="panel-title" id="export-colleague-title">
        {t('export.title')}
      </h2>
      <p className="import-description">{t('export.description')}</p>
      <Form
        className="import-chooser"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (askPath && !pathField.check()) return;
          void save();
        }}
      >
        <div className="export-choices">
          <SelectBox
            label={t('export.format')}
            options={FORMATS.map((value) => ({ value, label: t(`export.formats.${value}`) }))}
            value={format}
            onChange={(value) => setFormat((value as Format | null) ?? 'xlsx')}
          />
          <SelectBox
            label={t('export.scope')}
            options={[
              { value: ALL, label: t('export.allActivities') },
              ...owners.map((name) => ({ value: name, label: t('export.ownerActivities', { owner: name }) })),
              { value: CHOSEN, label: t('export.someActivities') },
            ]}
            value={owner}
            onChange={(value) => setOwner(value ?? ALL)}
          />
        </div>
        {owner === CHOSEN && (
          <ActivityChooser
            activities={activities.data ?? []}
            defaultLanguage={info.defaultLanguage}
            chosen={chosen}
            onChange={(next) => {
              setChosen(next);
              setNoneChosen(false);
            }}
          />
        )}
        {noneChosen && (
          <p className="import-error" role="alert">
            {t('export.noneChosen')}
          </p>
        )}
        {askPath && <PlainTextField label={t('export.path')} description={t('export.pathHelp')} {...pathField.field} />}
        <div className="import-actions">
          <Button type="submit" className="button" isDisabled={busy}>
            {askPath ? t('export.save') : t('export.saveAs')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
