// What an entry of the audit log did, as one sentence of the catalogue per kind, action and type of record
// (overview.json `change.*`: "Changed activity {{name}}", "Activity {{name}} removed by undoing the import"), worded as
// each language needs, with the record's name a link to its editor while the record is in the register. The Overview's
// latest changes, the History screen and the editors' History tab all say it this way.
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/index.ts';
import './history-list.css';

/**
 * Stands in for the record's name while its line is translated, so the line is one message and the name is still a
 * link wherever the language puts it.
 */
const NAME_MARK = '\u2063';

/** The message keys of an entry, the most particular first: by kind (a restore, a merge), else by action. */
export function sentenceKeys(entry: Pick<AuditEntry, 'kind' | 'action' | 'recordType'>): string[] {
  return [`overview:change.${entry.kind}.${entry.action}.${entry.recordType}`, `overview:change.${entry.action}.${entry.recordType}`];
}

export function AuditSentence(props: { entry: AuditEntry; label: string; href: string | null }) {
  const { t } = useTranslation('overview');
  const { entry, label, href } = props;
  // The register's own lines name no record: their messages have no {{name}}, and the line is the message alone.
  const [before = '', ...after] = t(sentenceKeys(entry), { name: NAME_MARK }).split(NAME_MARK);
  return (
    <span className="audit-record" title={label === '' ? undefined : label}>
      {before}
      {after.length === 0 ? null : href === null ? (
        <span>{label}</span>
      ) : (
        <Link href={href} className="text-link">
          {label}
        </Link>
      )}
      {after.join(label)}
    </span>
  );
}
