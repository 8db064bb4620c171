// What the register lacks for the policy (a missing contact, a text not yet translated): each one a link to the
// record to fix, so the preview updates as soon as it is saved.
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PolicyWarning } from '../../../../shared/policy/policy-document.ts';
import { hrefFor, type Screen } from '../../navigation/routing.ts';

const SCREEN_OF: Record<NonNullable<PolicyWarning['recordType']>, Screen> = {
  activity: 'activities',
  processor: 'processors',
  organisation: 'organisations',
};

export function PolicyWarnings({ warnings }: { warnings: readonly PolicyWarning[] }) {
  const { t } = useTranslation('policy');
  return (
    <section className="panel policy-warnings" aria-labelledby="policy-warnings-title">
      <h2 className="panel-title" id="policy-warnings-title">
        {warnings.length === 0 ? t('warnings.none') : t('warnings.title', { count: warnings.length })}
      </h2>
      {warnings.length > 0 && (
        <ul className="policy-warning-list">
          {warnings.map((warning, index) => (
            <li key={index} className={warning.kind === 'not-recorded' ? 'policy-warning-missing' : undefined}>
              {warning.recordId !== undefined && warning.recordType !== undefined ? (
                <Link href={hrefFor(SCREEN_OF[warning.recordType], warning.recordId)} className="text-link">
                  {warning.message}
                </Link>
              ) : (
                warning.message
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
