// Across the top of every screen while the register is viewed as of a moment: which moment, that nothing can be
// changed, and the way back to the register as it is now.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call } from '../api/index.ts';
import { notify } from '../components/toast.tsx';
import { useFormat } from '../i18n/format.ts';

export function AsOfBanner(props: { at: string }) {
  const { t } = useTranslation('shell');
  const format = useFormat();
  const backToToday = async () => {
    const result = await call('viewAsOf', { at: null });
    if (!result.ok) notify(t('asOf.backFailed'), { tone: 'error', description: result.error.message });
  };
  return (
    <div className="as-of-banner" role="region" aria-label={t('asOf.bannerLabel')}>
      <p>
        <strong>{t('asOf.banner', { at: format.dateTime(props.at) })}</strong> {t('asOf.bannerReadOnly')}
      </p>
      <Button className="button" onPress={() => void backToToday()}>
        {t('asOf.backToToday')}
      </Button>
    </div>
  );
}
