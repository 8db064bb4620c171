// The sidebar: the open register's name with its switcher (New, Open, Recent, Demo), the main navigation, and at its
// foot the interface language.
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute, type Screen } from '../navigation/routing.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RegisterSwitcher } from './RegisterSwitcher.tsx';
import type { RegisterInfo } from '../api/index.ts';
import type { InterfaceLanguage } from '../../../shared/interface/languages.ts';

const ENTRIES: ReadonlyArray<{ screen: Screen; key: string }> = [
  { screen: 'overview', key: 'nav.overview' },
  { screen: 'activities', key: 'nav.activities' },
  { screen: 'processors', key: 'nav.processors' },
  { screen: 'transfers', key: 'nav.transfers' },
  { screen: 'organisations', key: 'nav.organisations' },
  { screen: 'policy', key: 'nav.policy' },
  { screen: 'reports', key: 'nav.reports' },
  { screen: 'history', key: 'nav.history' },
  { screen: 'import', key: 'nav.import' },
];

export function Sidebar(props: {
  info: RegisterInfo | null;
  language: { chosen: InterfaceLanguage | null; choose: (language: InterfaceLanguage | null) => void };
}) {
  const { t } = useTranslation('shell');
  const route = useRoute();
  return (
    <aside className="sidebar">
      <div className="sidebar-brand" aria-hidden="true">
        {t('common:appName')}
      </div>
      <RegisterSwitcher info={props.info} />
      <nav className="sidebar-nav" aria-label={t('mainNavigation')}>
        <ul>
          {ENTRIES.map((entry) => (
            <li key={entry.screen}>
              <Link href={hrefFor(entry.screen)} className="nav-link" {...(route.screen === entry.screen ? { 'aria-current': 'page' as const } : {})}>
                {t(entry.key)}
                {entry.screen === 'activities' && props.info !== null && <span className="nav-count">{props.info.counts.activities}</span>}
                {entry.screen === 'processors' && props.info !== null && <span className="nav-count">{props.info.counts.processors}</span>}
                {entry.screen === 'organisations' && props.info !== null && <span className="nav-count">{props.info.counts.organisations}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-foot">
        <LanguageSwitch chosen={props.language.chosen} onChoose={props.language.choose} />
      </div>
    </aside>
  );
}
