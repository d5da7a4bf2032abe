import { useTranslation } from 'react-i18next';
import { VaultCard } from './VaultCard';
import { SingleAction } from '../../components/BusyNote';
import './vault.css';

interface RecoveryKeyDisplayProps {
  groups: readonly string[];
  onWrittenDown: () => void;
}

export function RecoveryKeyDisplay({ groups, onWrittenDown }: RecoveryKeyDisplayProps) {
  const { t } = useTranslation();
  return (
    <VaultCard titleId="recovery-title" title={t('recovery.title')} heading="focused" lead={t('recovery.intro')}>
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
      <SingleAction onClick={onWrittenDown}>{t('recovery.writtenDown')}</SingleAction>
    </VaultCard>
  );
}
