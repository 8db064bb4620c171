// How long a text is against its limit (shared/model/limits.ts), shown under a field once the text nears the limit,
// so the person sees the limit coming rather than meeting it as a refusal on Save.
import { useTranslation } from 'react-i18next';
import { LIMITS, lengthOf, limitKindOf } from '../../../../shared/model/limits.ts';
import { formatNumber } from '../../i18n/format.ts';

/** From this share of the limit on, the count is shown. */
const SHOWN_FROM = 0.8;

/** The count for the text of the record field at `path` (its limit follows from the path), or nothing while far below. */
export function CharacterCount(props: { path: string; text: string }) {
  const { t, i18n } = useTranslation('form');
  const limit = LIMITS[limitKindOf(props.path)];
  const length = lengthOf(props.text);
  if (length < limit * SHOWN_FROM) return null;
  const number = (value: number) => formatNumber(value, i18n.language);
  const over = length - limit;
  return (
    <div className={over > 0 ? 'character-count character-count-over' : 'character-count'}>
      {over > 0
        ? t('characterCountOver', { length: number(length), limit: number(limit), over: number(over) })
        : t('characterCount', { length: number(length), limit: number(limit) })}
    </div>
  );
}
