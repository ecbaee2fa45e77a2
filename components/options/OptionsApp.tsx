import { useCallback, useEffect, useState } from 'preact/hooks';
import { todayIn } from '../../lib/dates/calendar.ts';
import type { LedgerSettings } from '../../lib/ledger/settings.ts';
import type { ClientRecord } from '../../lib/ledger/types.ts';
import type { InvoiceListRow } from '../../lib/ledger/views.ts';
import { type Api, errorText } from './api.ts';
import { Backup, downloadText } from './Backup.tsx';
import { ClientList } from './ClientList.tsx';
import { ImportCsv } from './ImportCsv.tsx';
import { InvoiceTable } from './InvoiceTable.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { TemplateEditor, type TemplateEditorProps } from './TemplateEditor.tsx';

export type OptionsTab = 'invoices' | 'import' | 'ladder' | 'templates' | 'profile' | 'backup';

const TABS: { id: OptionsTab; label: string }[] = [
  { id: 'invoices', label: 'Invoices' },
  { id: 'import', label: 'Import' },
  { id: 'ladder', label: 'Ladder & fees' },
  { id: 'templates', label: 'Templates' },
  { id: 'profile', label: 'You' },
  { id: 'backup', label: 'Backup' },
];

export interface OptionsAppProps {
  api: Api;
  /** Renders a user template in the sandbox page. */
  preview: TemplateEditorProps['preview'];
  initialTab?: OptionsTab;
  download?: (fileName: string, json: string) => void;
}

/** The options page: every tab reads and writes the ledger through the typed `api`. */
export function OptionsApp({
  api,
  preview,
  initialTab = 'invoices',
  download = downloadText,
}: OptionsAppProps) {
  const [tab, setTab] = useState<OptionsTab>(initialTab);
  const [settings, setSettings] = useState<LedgerSettings | null>(null);
  const [invoices, setInvoices] = useState<InvoiceListRow[]>([]);
  const [clients, setClients] = useState<ClientRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(async () => {
    try {
      const [nextSettings, nextInvoices, nextClients] = await Promise.all([
        api('ledger.getSettings', []),
        api('ledger.listInvoices', [{}]),
        api('ledger.listClients', []),
      ]);
      setSettings(nextSettings);
      setInvoices(nextInvoices);
      setClients(nextClients);
      setGeneration((value) => value + 1);
    } catch (reason) {
      setError(errorText(reason));
    }
  }, [api]);
  useEffect(() => void reload(), [reload]);

  if (error)
    return (
      <p class="error" role="alert">
        Tactful could not read its ledger: {error}
      </p>
    );
  if (!settings) return <p>Loading…</p>;
  const today = todayIn(settings.timeZone);
  const save = async (patch: Partial<LedgerSettings>) => {
    await api('ledger.updateSettings', [patch]);
    await reload();
  };

  return (
    <div class="options">
      <header>
        <h1>Tactful</h1>
        <div role="tablist" aria-label="Sections">
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              class={tab === id ? 'tab active' : 'tab'}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <main>
        {tab === 'invoices' && (
          <>
            <InvoiceTable
              api={api}
              rows={invoices}
              locale={settings.locale}
              today={today}
              onChanged={() => void reload()}
            />
            <ClientList api={api} clients={clients} onChanged={() => void reload()} />
          </>
        )}
        {tab === 'import' && (
          <ImportCsv api={api} locale={settings.locale} onImported={() => void reload()} />
        )}
        {tab === 'ladder' && (
          <PolicyEditor key={generation} policy={settings.policy} onSave={(policy) => save({ policy })} />
        )}
        {tab === 'templates' && (
          <TemplateEditor
            api={api}
            policy={settings.policy}
            locale={settings.locale}
            overrides={settings.templates}
            invoices={invoices}
            preview={preview}
            onSave={async (templateId, override) => {
              const templates = { ...settings.templates };
              if (override) templates[templateId] = override;
              else delete templates[templateId];
              await save({ templates });
            }}
          />
        )}
        {tab === 'profile' && (
          <ProfileForm key={generation} settings={settings} onSave={(patch) => save(patch)} />
        )}
        {tab === 'backup' && <Backup api={api} download={download} onRestored={() => void reload()} />}
      </main>
    </div>
  );
}
