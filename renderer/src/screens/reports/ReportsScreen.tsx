// Reports: the documents made from the register. The register report (Art. 30(4)) is made in its dialog, opened
// here or from the menu (File › Export › Register report…). The comparison of two dates has a screen of its own.
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { hrefFor } from '../../navigation/routing.ts';
import { openReportDialog } from './reportJob.ts';
import './reports.css';
import { ScreenHeader } from '../../components/index.ts';

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const info = useRegister();
  return (
    <div className="screen screen-scroll">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      <section className="panel report-panel" aria-labelledby="register-report-title">
        <h2 className="panel-title" id="register-report-title">
          {t('registerReport.title')}
        </h2>
        <p className="report-description">{t('registerReport.description')}</p>
        <div className="report-actions">
          <Button className="button button-primary" onPress={openReportDialog}>
            {t('registerReport.open')}
          </Button>
        </div>
      </section>
      <section className="panel report-panel" aria-labelledby="comparison-card-title">
        <h2 className="panel-title" id="comparison-card-title">
          {t('comparison:card.title')}
        </h2>
        <p className="report-description">{t('comparison:card.description')}</p>
        <div className="report-actions">
          <Link className="button" href={hrefFor('comparison')}>
            {t('comparison:card.open')}
          </Link>
        </div>
      </section>
    </div>
  );
}
