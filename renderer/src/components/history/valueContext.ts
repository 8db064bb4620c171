// What a changed value needs to be shown in words (describeValue): the register's language, the names of the records
// an id may refer to (those since removed too), yes and no, and dates as the interface writes them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import type { ValueContext } from '../record-values/describeValue.ts';
import { namesById, type RecordNames } from './recordNames.ts';

export function useValueContext(names: RecordNames): ValueContext {
  const { t, i18n } = useTranslation('common');
  const info = useRegister();
  const language = i18n.language;
  return useMemo(
    () => ({ defaultLanguage: info.defaultLanguage, names: namesById(names), yes: t('yes'), no: t('no'), date: (date: string) => formatDate(date, language) }),
    [info.defaultLanguage, names, t, language],
  );
}
