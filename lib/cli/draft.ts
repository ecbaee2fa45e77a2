import { composeDraft, NoTemplateError } from '../drafts/compose.ts';
import { isTemplateId, TEMPLATE_IDS, type TemplateId } from '../drafts/template-ids.ts';
import { planInvoice } from '../ladder/plan.ts';
import { parseCaseFile } from './case-file.ts';
import type { CaseInvoice } from './case-types.ts';
import { InputError, printJsonLine, readTextFile, runCli } from './io.ts';

/*
 * npm run --silent draft -- CASE.json [--invoice ID] [--template ID]
 *
 * Prints one JSON line per invoice: {"id", "template", "to", "subject", "text", "html"}.
 * The template defaults to the invoice's next ladder step. When the ladder has stopped, a paid
 * invoice gets a thank-you, one handed to collections the collections note, and any other the
 * step it last reached; before any step, a courtesy note, due-today note or reminder by the date.
 * `to` is null without a client email. Plan and discount templates offer 3 monthly instalments
 * from a week after `today`, or 2% off when paid within 7 days; a plan-confirmation lists the
 * agreed plan from the events when there is one.
 */

const USAGE = 'usage: npm run --silent draft -- CASE.json [--invoice ID] [--template ID]';

interface DraftArgs {
  caseFile: string;
  invoiceId: string | null;
  templateId: TemplateId | null;
}

function parseArgs(args: string[]): DraftArgs {
  let caseFile: string | null = null;
  let invoiceId: string | null = null;
  let template: string | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (flag === '--invoice' || flag === '--template') {
      if (inline === undefined) index += 1;
      const value = inline ?? args[index];
      if (value === undefined || value === '') throw new InputError(`${flag} needs a value\n${USAGE}`);
      if (flag === '--invoice') invoiceId = value;
      else template = value;
    } else if (arg.startsWith('-')) {
      throw new InputError(`unknown option "${arg}"\n${USAGE}`);
    } else if (caseFile === null) {
      caseFile = arg;
    } else {
      throw new InputError(`unexpected argument "${arg}": give one case file\n${USAGE}`);
    }
  }
  if (caseFile === null) throw new InputError(`no case file given\n${USAGE}`);
  if (template !== null && !isTemplateId(template)) {
    throw new InputError(`unknown template "${template}": choose one of ${TEMPLATE_IDS.join(', ')}`);
  }
  return { caseFile, invoiceId, templateId: template };
}

function chooseInvoices(invoices: CaseInvoice[], invoiceId: string | null, fileName: string): CaseInvoice[] {
  if (invoiceId === null) return invoices;
  const invoice = invoices.find((candidate) => candidate.id === invoiceId);
  if (!invoice) {
    const known = invoices.map((candidate) => candidate.id).join(', ') || 'none';
    throw new InputError(`${fileName}: no invoice with id "${invoiceId}" (ids in the file: ${known})`);
  }
  return [invoice];
}

function main(args: string[]): number {
  const { caseFile, invoiceId, templateId } = parseArgs(args);
  const file = parseCaseFile(readTextFile(caseFile), caseFile);
  for (const invoice of chooseInvoices(file.invoices, invoiceId, caseFile)) {
    const plan = planInvoice(invoice, file.policy, file.today, file.locale);
    let draft: ReturnType<typeof composeDraft>;
    try {
      draft = composeDraft({
        invoice,
        plan,
        policy: file.policy,
        sender: file.sender,
        locale: file.locale,
        today: file.today,
        history: invoice.events,
        ...(templateId ? { templateId } : {}),
      });
    } catch (error) {
      if (error instanceof NoTemplateError || error instanceof RangeError) {
        throw new InputError(`${caseFile}: invoice "${invoice.id}": ${error.message}`);
      }
      throw error;
    }
    printJsonLine({
      id: invoice.id,
      template: draft.templateId,
      to: draft.to,
      subject: draft.subject,
      text: draft.text,
      html: draft.html,
    });
  }
  return 0;
}

runCli(main);
