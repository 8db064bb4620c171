// A list of findings, each with its severity, what is wrong, what to do, the legal reference (and the date of the
// transfer facts it used), and, where it is accepted, who accepted it, when and why. A finding links to its record and
// field; from the register's saved state it can be accepted with a reason, or reopened.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { call } from '../../api/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { goToRecordField } from '../../navigation/fieldFocus.ts';
import { notify, notifyFailure } from '../toast.tsx';
import { AcceptFindingDialog } from './AcceptFindingDialog.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';

export type FindingsListProps = {
  findings: readonly Finding[];
  /** Name the record each finding is about, as a link to it (lists across the register). */
  showRecord?: boolean;
  /** Where "Go to field" leads; by default to the record's editor. */
  onGoTo?: (finding: Finding) => void;
  /** Offer Accept… and Reopen (findings of the saved register only; a read-only register offers neither). */
  canDecide?: boolean;
  /** Show this many, then "Show all". */
  limit?: number;
  label?: string;
  /** Shown beside the field it is about: no link to it. */
  beside?: boolean;
};

export function FindingsList(props: FindingsListProps) {
  const { t } = useTranslation('findings');
  const [accepting, setAccepting] = useState<Finding | null>(null);
  const [expanded, setExpanded] = useState(false);
  const limit = props.limit ?? Number.POSITIVE_INFINITY;
  const shown = expanded ? props.findings : props.findings.slice(0, limit);
  return (
    <>
      <ul className="findings-list" aria-label={props.label}>
        {shown.map((finding) => (
          <FindingItem
            key={finding.key}
            finding={finding}
            showRecord={props.showRecord === true}
            canDecide={props.canDecide === true}
            onGoTo={props.beside === true ? null : props.onGoTo}
            onAccept={setAccepting}
          />
        ))}
      </ul>
      {props.findings.length > shown.length && (
        <Button className="link-button findings-more" onPress={() => setExpanded(true)}>
          {t('showAll', { count: props.findings.length })}
        </Button>
      )}
      <AcceptFindingDialog finding={accepting} onClose={() => setAccepting(null)} />
    </>
  );
}

function FindingItem(props: {
  finding: Finding;
  showRecord: boolean;
  canDecide: boolean;
  /** null: no link (the finding is beside its field). */
  onGoTo: ((finding: Finding) => void) | null | undefined;
  onAccept: (finding: Finding) => void;
}) {
  const { t } = useTranslation('findings');
  const format = useFormat();
  const { finding } = props;
  const goTo = () =>
    props.onGoTo !== undefined && props.onGoTo !== null ? props.onGoTo(finding) : void goToRecordField(finding.record.type, finding.record.id, finding.field);
  const reopen = async () => {
    const result = await call('reopenFinding', { key: finding.key });
    if (result.ok) notify(t('reopened'));
    else notifyFailure(t('reopenFailed'), result.error);
  };
  const recordName = [finding.record.reference, finding.record.name].filter((part) => part !== undefined && part !== '').join(' ');
  return (
    <li className={`finding finding-${finding.accepted === undefined ? finding.severity : 'accepted'}`} data-rule={finding.rule}>
      <div className="finding-head">
        <SeverityBadge finding={finding} />
        {props.showRecord ? (
          <Button className="link-button finding-record" onPress={goTo}>
            {t(`recordType.${finding.record.type}`)} {recordName || t('unnamed')}
          </Button>
        ) : (
          finding.field !== undefined &&
          props.onGoTo !== null && (
            <Button className="link-button finding-goto" onPress={goTo}>
              {t('goToField')}
            </Button>
          )
        )}
      </div>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-hint">{finding.hint}</p>
      <p className="finding-source">
        {finding.source}
        {finding.asOf !== undefined && <span className="finding-as-of"> · {t('asOf', { date: format.date(finding.asOf) })}</span>}
      </p>
      {finding.accepted !== undefined && (
        <p className="finding-decision">
          {t('acceptedBy', { by: finding.accepted.by, date: format.dateTime(finding.accepted.at), reason: finding.accepted.reason })}
          {props.canDecide && (
            <>
              {' '}
              <Button className="link-button" onPress={() => void reopen()}>
                {t('reopen')}
              </Button>
            </>
          )}
        </p>
      )}
      {finding.lapsedAcceptance !== undefined && (
        <p className="finding-decision finding-lapsed">
          {t('lapsed', { by: finding.lapsedAcceptance.by, date: format.dateTime(finding.lapsedAcceptance.at), reason: finding.lapsedAcceptance.reason })}
        </p>
      )}
      {props.canDecide && finding.accepted === undefined && (
        <Button className="button button-small finding-accept" onPress={() => props.onAccept(finding)}>
          {t('accept')}
        </Button>
      )}
    </li>
  );
}
