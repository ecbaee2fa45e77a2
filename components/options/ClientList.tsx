import type { ClientRecord } from '../../lib/ledger/types.ts';
import type { Api } from './api.ts';

export interface ClientListProps {
  api: Api;
  clients: ClientRecord[];
  onChanged: () => void;
}

/** Clients, and whether each is a business (statutory late-payment interest needs it). */
export function ClientList({ api, clients, onChanged }: ClientListProps) {
  if (clients.length === 0) return null;
  return (
    <section aria-labelledby="clients-title">
      <h2 id="clients-title">Clients</h2>
      <table class="grid">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Company</th>
            <th>Business client</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.id}>
              <td>{client.name}</td>
              <td>{client.email ?? ''}</td>
              <td>{client.company ?? ''}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${client.name} is a business`}
                  checked={client.business}
                  onChange={async (event) => {
                    await api('ledger.updateClient', [
                      client.id,
                      { business: (event.currentTarget as HTMLInputElement).checked },
                    ]);
                    onChanged();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
