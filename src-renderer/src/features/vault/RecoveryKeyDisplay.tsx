import { useTranslation } from 'react-i18next';
import { FocusedHeading } from '../../components/ScreenHeading';
import './vault.css';

interface RecoveryKeyDisplayProps {
  groups: readonly string[];
  onWrittenDown: () => void;
}

export function RecoveryKeyDisplay({ groups, onWrittenDown }: RecoveryKeyDisplayProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="recovery-title">
      <FocusedHeading id="recovery-title">{t('recovery.title')}</FocusedHeading>
      <p className="lead">{t('recovery.intro')}</p>
      {/* A list of numbered groups: screen readers read one group at a time, as it is written on paper. */}
      <ol className="recovery-key" data-testid="recovery-key" aria-label={t('recovery.keyLabel')}>
        {groups.map((group, index) => (
          <li key={index} className="recovery-key-item">
            <span className="recovery-key-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="recovery-key-group" data-testid="recovery-key-group" translate="no">
              {group}
            </span>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onWrittenDown}>
          {t('recovery.writtenDown')}
        </button>
      </div>
    </section>
  );
}
