// What the register checks say before a document is made from the register (the register report, the privacy policy):
// the open errors and warnings of the organisation's record, each linking to its field, and the notes on request.
// Following a link leaves the dialog or screen (`onLeave`) for the record.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { goToRecordField } from '../../navigation/fieldFocus.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { FindingsList } from './FindingsList.tsx';
import { FindingCountsLine } from './SeverityBadge.tsx';
import { countFindings, useRegisterCheck } from './useRegisterCheck.ts';

export function DocumentFindings(props: { organisationId?: string | undefined; onLeave?: () => void; className?: string }) {
  const { t } = useTranslation('findings');
  const info = useRegister();
  const check = useRegisterCheck(props.organisationId);
  const [showAll, setShowAll] = useState(false);
  if (check.data === undefined) return null;
  const findings = check.data.findings;
  // The errors and warnings, accepted ones too (marked so): what the document stands on. The notes on request.
  const shown = showAll ? findings : findings.filter((finding) => finding.severity !== 'info');
  const goTo = (finding: Finding) => {
    props.onLeave?.();
    void goToRecordField(finding.record.type, finding.record.id, finding.field);
  };
  return (
    <section className={`document-findings ${props.className ?? ''}`} aria-labelledby="document-findings-title">
      <h3 className="document-findings-title" id="document-findings-title">
        {t('beforeExport')}
      </h3>
      <p className="document-findings-counts">
        <FindingCountsLine counts={countFindings(findings)} />
        {findings.length > 0 && (
          <Button className="link-button" onPress={() => setShowAll(!showAll)}>
            {showAll ? t('showOpen') : t('showEvery', { count: findings.length })}
          </Button>
        )}
      </p>
      {shown.length > 0 && <FindingsList findings={shown} showRecord onGoTo={goTo} canDecide={!info.readOnly} limit={5} label={t('beforeExport')} />}
    </section>
  );
}
