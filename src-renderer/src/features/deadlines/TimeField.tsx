import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormInputs';

/** A time of day typed on the 24-hour clock (read by `parseTimeInput`): short, digits, never autofilled. */
export function TimeField(props: Omit<ComponentProps<typeof TextField>, 'className' | 'inputMode' | 'placeholder'>) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      className="input-short"
      inputMode="numeric"
      placeholder={t('hearings.timePlaceholder')}
      autoComplete="off"
    />
  );
}
