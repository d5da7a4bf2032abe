import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidate, useInvokeQuery } from '../../api/query';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fullName } from '../../components/format';
import { FocusedHeading } from '../../components/ScreenHeading';
import { ClientCases } from './ClientCases';
import { NewCaseForClient } from '../casework/NewCaseForClient';
import { ClientEditForm } from './ClientEditForm';
import { ClientProfile } from './ClientProfile';
import { TrashClientDialog } from './TrashClientDialog';
import { ExportClientDataDialog } from '../client-export/ExportClientDataDialog';
import './clients.css';

export function ClientPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const query = useInvokeQuery('clients:get', { id: clientId });
  const data = query.data ?? null;
  const error = query.error?.shape ?? null;
  const invalidate = useInvalidate();
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  // Bumped on reload so the edit form is rebuilt from the fresh record.
  const [formKey, setFormKey] = useState(0);
  const [trashing, setTrashing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState('');

  const load = (): Promise<void> => invalidate(['clients:get']);

  if (error && !data) {
    return (
      <section aria-labelledby="client-title">
        <FocusedHeading id="client-title">{t('clients.loadFailedOne')}</FocusedHeading>
        <ErrorMessage error={error} />
        <BackButton />
      </section>
    );
  }
  if (!data)
    return (
      <p className="busy" role="status">
        {t('app.loading')}
      </p>
    );

  const name = fullName(data.client.givenName, data.client.familyName);
  const openCases = data.cases.filter((c) => c.status !== 'closed').length;

  if (mode === 'edit') {
    return (
      <ClientEditForm
        key={formKey}
        clientId={clientId}
        version={data.version}
        client={data.client}
        title={t('clients.editTitle', { name })}
        onSaved={() => {
          void load().then(() => {
            setMode('view');
            setNotice(t('clients.saved'));
          });
        }}
        onCancel={() => setMode('view')}
        onReload={() => void load().then(() => setFormKey((k) => k + 1))}
      />
    );
  }

  return (
    <section aria-labelledby="client-title" className="client-page">
      <BackButton />
      <div className="page-header">
        <FocusedHeading id="client-title">{name}</FocusedHeading>
        {data.deletedAt === null ? (
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setMode('edit')}>
              {t('clients.edit')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setExporting(true)}>
              {t('clientData.open')}
            </button>
            <button type="button" className="button button-quiet button-danger-quiet" onClick={() => setTrashing(true)}>
              {t('clients.moveToTrash')}
            </button>
          </div>
        ) : null}
      </div>
      <p role="status" className="status-message">
        {notice}
      </p>
      {data.deletedAt !== null ? <p className="notice">{t('clients.inTrash')}</p> : null}
      <ClientCases cases={data.cases} onOpen={(id) => nav.navigate({ name: 'case', id })} />
      {data.deletedAt === null ? <NewCaseForClient clientId={clientId} /> : null}
      <ClientProfile client={data.client} />
      {exporting ? (
        <ExportClientDataDialog
          clientId={clientId}
          onCancel={() => setExporting(false)}
          onDone={(message) => {
            setExporting(false);
            setNotice(message);
          }}
        />
      ) : null}
      {trashing ? (
        <TrashClientDialog
          clientId={clientId}
          openCases={openCases}
          onCancel={() => setTrashing(false)}
          onDone={() => nav.navigate({ name: 'clients' })}
        />
      ) : null}
    </section>
  );
}

function BackButton() {
  const { t } = useTranslation();
  const nav = useNavigation();
  return (
    <div>
      <button type="button" className="button button-link back-link" onClick={() => nav.navigate({ name: 'clients' })}>
        ← {t('clients.back')}
      </button>
    </div>
  );
}
