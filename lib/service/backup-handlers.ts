import { exportBackup, restoreBackup } from '../ledger/backup.ts';
import type { LedgerDb } from '../ledger/db.ts';
import type { Protocol } from '../messages/protocol.ts';
import type { Handlers } from '../messages/rpc.ts';
import type { Clock } from './clock.ts';

export function createBackupHandlers(
  db: LedgerDb,
  clock: Clock,
): Pick<Handlers<Protocol>, 'backup.export' | 'backup.restore'> {
  return {
    'backup.export': async () => ({
      json: await exportBackup(db, clock.now()),
      fileName: `tactful-backup-${clock.today()}.json`,
    }),
    'backup.restore': async ({ json }) => {
      const { counts } = await restoreBackup(db, json, { today: clock.today() });
      return { counts: { ...counts } };
    },
  };
}
