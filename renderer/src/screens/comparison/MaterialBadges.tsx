// The material changes of a record or a field, each a badge: new purpose, new recipient, new transfer, longer retention.
import { useTranslation } from 'react-i18next';
import type { MaterialChange } from '../../../../shared/ipc/outputs.ts';
import { Badge } from '../../components/bits.tsx';

export function MaterialBadges(props: { material: readonly MaterialChange[] }) {
  const { t } = useTranslation('comparison');
  if (props.material.length === 0) return null;
  return (
    <span className="material-badges">
      {props.material.map((material) => (
        <Badge key={material} tone="warn">
          {t(`material.${material}`)}
        </Badge>
      ))}
    </span>
  );
}
