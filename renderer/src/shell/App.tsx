// The window: the sidebar (register switcher and navigation) and the current screen, with the register's info
// provided to every screen, the title bar kept as "<register> — RoPA Desk", and the hosts for questions and
// notifications. Screens are chosen by the hash route (routing.ts).
import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hasBackend, useQuery, useRopaEvent } from '../api/index.ts';
import { ConfirmHost } from '../components/ConfirmDialog.tsx';
import { EmptyState } from '../components/bits.tsx';
import { forgetTableState } from '../components/register-table/index.ts';
import { releaseUnsavedGuards } from '../components/unsavedChanges.ts';
import { ToastHost } from '../components/toast.tsx';
import { ActivitiesScreen } from '../screens/activities/ActivitiesScreen.tsx';
import { ComparisonScreen } from '../screens/comparison/ComparisonScreen.tsx';
import { HistoryScreen } from '../screens/history/HistoryScreen.tsx';
import { ImportScreen } from '../screens/import/ImportScreen.tsx';
import { OrganisationsScreen } from '../screens/organisations/OrganisationsScreen.tsx';
import { OverviewScreen } from '../screens/overview/OverviewScreen.tsx';
import { PolicyScreen } from '../screens/policy/PolicyScreen.tsx';
import { ProcessorsScreen } from '../screens/processors/ProcessorsScreen.tsx';
import { RegisterReportDialog } from '../screens/reports/RegisterReportDialog.tsx';
import { ReportsScreen } from '../screens/reports/ReportsScreen.tsx';
import { openReportDialog } from '../screens/reports/reportJob.ts';
import { TransfersScreen } from '../screens/transfers/TransfersScreen.tsx';
import { RegisterContext } from '../navigation/RegisterContext.tsx';
import { navigate, useRoute, type Route } from '../navigation/routing.ts';
import { AsOfBanner } from './AsOfBanner.tsx';
import { Sidebar } from './Sidebar.tsx';
import { useInterfaceLanguage } from '../i18n/interfaceLanguage.ts';
import { PSEUDO_LANGUAGE } from '../i18n/pseudo.ts';

function ScreenFor({ route }: { route: Route }) {
  switch (route.screen) {
    case 'activities':
      return <ActivitiesScreen id={route.id} />;
    case 'processors':
      return <ProcessorsScreen id={route.id} />;
    case 'transfers':
      return <TransfersScreen id={route.id} />;
    case 'organisations':
      return <OrganisationsScreen id={route.id} />;
    case 'policy':
      return <PolicyScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'history':
      return <HistoryScreen id={route.id} />;
    case 'comparison':
      return <ComparisonScreen />;
    case 'import':
      return <ImportScreen />;
    default:
      return <OverviewScreen />;
  }
}

export function App() {
  const { t, i18n } = useTranslation('common');
  const info = useQuery('registerInfo', {}, { enabled: hasBackend() });
  const route = useRoute();
  const name = info.data?.name;
  const registerId = info.data?.id;

  // Another register: tables start afresh (search, sort and filters belonged to the other one).
  const [shownRegister, setShownRegister] = useState(registerId);
  if (registerId !== shownRegister) {
    forgetTableState();
    setShownRegister(registerId);
  }

  useEffect(() => {
    document.title = name === undefined ? t('appName') : t('documentTitle', { register: name });
  }, [name, t]);

  const language = useInterfaceLanguage();

  useRopaEvent((event) => {
    if (event.type === 'menu' && event.command === 'new-activity') void navigate('activities', 'new');
    if (event.type === 'menu' && event.command === 'register-report' && registerId !== undefined) openReportDialog();
    if (event.type === 'menu' && event.command === 'privacy-policy') void navigate('policy');
    if (event.type === 'menu' && event.command === 'import-file') void navigate('import');
    // Another register was opened (e.g. from the desktop menu): what was on screen belonged to the old one.
    if (event.type === 'register-opened' && event.info.id !== registerId) {
      releaseUnsavedGuards();
      void navigate('overview', null, { force: true, replace: true });
    }
  });

  let content;
  if (!hasBackend()) {
    content = <EmptyState title={t('noBackend')} />;
  } else if (info.data === undefined) {
    content = info.error !== undefined ? <EmptyState title={t('loadFailed', { message: info.error.message })} /> : <p className="loading">{t('loading')}</p>;
  } else {
    // Keyed by the register, so that every screen starts afresh when another register is opened.
    content = (
      <>
        {info.data.asOf !== null && <AsOfBanner at={info.data.asOf} />}
        <ScreenFor key={info.data.id} route={route} />
      </>
    );
  }

  return (
    <I18nProvider locale={i18n.language === PSEUDO_LANGUAGE ? 'en' : i18n.language}>
      <RegisterContext.Provider value={info.data ?? null}>
        <div className="app">
          <Sidebar info={info.data ?? null} language={language} />
          <main className="main" id="main">
            {content}
          </main>
        </div>
        {info.data !== undefined && <RegisterReportDialog />}
        <ConfirmHost />
        <ToastHost />
      </RegisterContext.Provider>
    </I18nProvider>
  );
}
