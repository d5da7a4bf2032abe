import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePrivacyScreen } from '../../app/privacy';
import type { AppErrorShape } from '../../../../src-main/shared/errors';
import type { Settings } from '../../../../src-main/shared/schemas/vault';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** Settings → Privacy screen: hide the content whenever the window loses focus. Saved at once. */
export function PrivacySettings({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const privacy = usePrivacyScreen();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState<boolean | null>(null);

  const toggle = async (value: boolean): Promise<void> => {
    setPending(value);
    setSaved(false);
    setError(null);
    const result = await invoke('settings:update', { privacyScreen: value });
    setPending(null);
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
    privacy.setHideOnFocusLoss(result.value.privacyScreen);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-privacy">
      <h2 id="settings-privacy">{t('privacy.settingsTitle')}</h2>
      <p className="field-hint">{t('privacy.settingsIntro')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? settings.privacyScreen}
          disabled={pending !== null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        {t('privacy.hideOnFocusLoss')}
      </label>
      <p className="field-hint">{t('privacy.shortcutHint')}</p>
      <ErrorMessage error={error} />
      <p className="status-message" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
