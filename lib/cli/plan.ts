import { planInvoice } from '../ladder/plan.ts';
import { toDecimalString } from '../money/amount.ts';
import { parseCaseFile } from './case-file.ts';
import { InputError, printJsonLine, readTextFile, runCli } from './io.ts';

const USAGE = `usage: npm run --silent plan -- CASE.json

Prints one JSON line per invoice in the case file: where it stands on the reminder ladder as of the
file's "today" (status, balance, next step and date, pause, final deadline, late fees).`;

runCli((args) => {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [path] = args;
  if (path === undefined || args.length > 1) throw new InputError(USAGE);
  const caseFile = parseCaseFile(readTextFile(path), path);
  for (const invoice of caseFile.invoices) {
    const plan = planInvoice(invoice, caseFile.policy, caseFile.today, caseFile.locale);
    const money = (minor: number) => toDecimalString(minor, plan.currency);
    // Key order is part of the output contract.
    printJsonLine({
      id: plan.id,
      currency: plan.currency,
      balance: money(plan.balanceMinor),
      status: plan.status,
      daysOverdue: plan.daysOverdue,
      nextStep: plan.nextStep,
      nextDate: plan.nextDate,
      due: plan.due,
      pausedReason: plan.pausedReason,
      finalDeadline: plan.finalDeadline,
      fees: {
        lateFee: money(plan.fees.lateFeeMinor),
        interest: money(plan.fees.interestMinor),
        compensation: money(plan.fees.compensationMinor),
        total: money(plan.fees.totalMinor),
      },
    });
  }
  return 0;
});
