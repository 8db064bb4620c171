// Placeholder for the Organisations screen (built by the second front-end engineer: replace this file, keep the export name
// OrganisationsScreen, which shell/App.tsx renders for #/organisations and #/organisations/<id>).
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/index.ts';

export function OrganisationsScreen(_props: { id: string | null }) {
  const { t } = useTranslation('shell');
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 className="screen-title">{t('nav.organisations')}</h1>
      </header>
      <EmptyState title={t('placeholderScreen')} />
    </div>
  );
}
