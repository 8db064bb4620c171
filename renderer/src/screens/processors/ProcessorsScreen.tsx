// Placeholder for the Processors screen (built by the second front-end engineer: replace this file, keep the export name
// ProcessorsScreen, which shell/App.tsx renders for #/processors and #/processors/<id>).
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/index.ts';

export function ProcessorsScreen(_props: { id: string | null }) {
  const { t } = useTranslation('shell');
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 className="screen-title">{t('nav.processors')}</h1>
      </header>
      <EmptyState title={t('placeholderScreen')} />
    </div>
  );
}
