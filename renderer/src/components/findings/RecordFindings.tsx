// The findings of the record open in an editor: a summary under the editor's header (counts, and the whole list on
// request), and each finding again beside its field (<FieldFindings paths={['transfers']} />), updated as one types.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { FindingsList } from './FindingsList.tsx';
import { FindingCountsLine } from './SeverityBadge.tsx';
import { countFindings, findingsAt } from './useRegisterCheck.ts';

type RecordFindingsValue = {
  findings: readonly Finding[];
  /** Accept and reopen are offered (the record is saved as shown, and the register writable). */
  canDecide: boolean;
  /** Moves the keyboard to a field of the open form. */
  goTo: (field: string) => void;
};

const RecordFindingsContext = createContext<RecordFindingsValue | null>(null);

export function RecordFindingsProvider(props: RecordFindingsValue & { children: ReactNode }) {
  const { children, ...value } = props;
  return <RecordFindingsContext.Provider value={value}>{children}</RecordFindingsContext.Provider>;
}

export function useRecordFindings(): RecordFindingsValue | null {
  return useContext(RecordFindingsContext);
}

/** Under the editor's header: the counts, and every finding of the record when opened. */
export function RecordFindings() {
  const { t } = useTranslation('findings');
  const value = useRecordFindings();
  const [open, setOpen] = useState(false);
  if (value === null || value.findings.length === 0) return null;
  const counts = countFindings(value.findings);
  return (
    <section className="record-findings" aria-label={t('recordFindings')}>
      <div className="record-findings-head">
        <span className="record-findings-title">{t('recordFindings')}:</span>
        <FindingCountsLine counts={counts} />
        <Button className="link-button" onPress={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('hideFindings') : t('showFindings')}
        </Button>
      </div>
      {open && (
        <FindingsList
          findings={value.findings}
          canDecide={value.canDecide}
          onGoTo={(finding) => finding.field !== undefined && value.goTo(finding.field)}
          label={t('recordFindings')}
        />
      )}
    </section>
  );
}

/** The findings about the fields at `paths` (and inside them), shown where those fields are. */
export function FieldFindings({ paths }: { paths: readonly string[] }) {
  const value = useRecordFindings();
  if (value === null) return null;
  const here = findingsAt(value.findings, paths);
  if (here.length === 0) return null;
  return (
    <div className="field-findings">
      <FindingsList findings={here} canDecide={value.canDecide} beside />
    </div>
  );
}
