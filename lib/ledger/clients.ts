import type { LedgerDb } from './db.ts';
import { clientRecordOf, clientRowOf, emailKeyOf, nameKeyOf } from './derive.ts';
import type { ClientRecord } from './types.ts';
import type { ClientInput } from './views.ts';

/**
 * The client an invoice belongs to: the one with the same email (case ignored), else one with
 * the same name whose email is unknown or the same. Two people who share a name but not an
 * email address are different clients.
 */
export async function findClient(db: LedgerDb, input: ClientInput): Promise<ClientRecord | undefined> {
  const emailKey = emailKeyOf(input.email);
  if (emailKey !== '') {
    const byEmail = await db.clients.where('emailKey').equals(emailKey).first();
    if (byEmail) return clientRecordOf(byEmail);
  }
  const nameKey = nameKeyOf(input.name);
  if (nameKey === '') return undefined;
  const byName = await db.clients.where('nameKey').equals(nameKey).toArray();
  const match = byName.find((client) => client.emailKey === '' || client.emailKey === emailKey);
  return match ? clientRecordOf(match) : undefined;
}

/** Finds the client, filling in an email or company it lacked, or creates it. Call inside a transaction. */
export async function findOrCreateClient(
  db: LedgerDb,
  input: ClientInput,
  deps: { now: () => number; newId: () => string },
): Promise<ClientRecord> {
  const email = input.email?.trim() || null;
  const company = input.company?.trim() || null;
  const found = await findClient(db, input);
  if (found) {
    if ((found.email === null && email) || (found.company === null && company)) {
      const updated = {
        ...found,
        email: found.email ?? email,
        company: found.company ?? company,
        updatedAt: deps.now(),
      };
      await db.clients.put(clientRowOf(updated));
      return updated;
    }
    return found;
  }
  const at = deps.now();
  const client: ClientRecord = {
    id: deps.newId(),
    name: input.name.trim() || email || '',
    email,
    company,
    // Statutory interest only applies between businesses; a company name is the best hint we get.
    business: company !== null,
    policyOverride: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
  await db.clients.add(clientRowOf(client));
  return client;
}
