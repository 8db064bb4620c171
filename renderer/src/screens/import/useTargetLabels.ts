// The names of a mapping's targets as the DPO reads them ("Purposes", "Legal bases (Art. 6)", "Keep as an extra
// field"), for the target chooser, the notes about a moved target and the preview's column headings.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';
import type { Option } from '../../components/index.ts';
import { TARGET_CHOICES } from './columnMapping.ts';

export function useTargetLabels(): { label: (target: MappingTarget) => string; options: Option[] } {
  const { t } = useTranslation('import');
  return useMemo(() => {
    const label = (target: MappingTarget) => t(`mapping.target.${target}`);
    return { label, options: TARGET_CHOICES.map((target) => ({ value: target, label: label(target) })) };
  }, [t]);
}
