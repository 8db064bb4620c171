// Placeholder for the Transfers screen (built by the second front-end engineer: replace this file, keep the export name
// TransfersScreen, which shell/App.tsx renders for #/transfers and #/transfers/<id>).
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/index.ts';

export function TransfersScreen(_props: { id: string | null }) {
  const { t } = useTranslation('shell');
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 className="screen-title">{t('nav.transfers')}</h1>
      </header>
      <EmptyState title={t('placeholderScreen')} />
    </div>
  );
}
