import {
  bullets,
  each,
  facts,
  heading,
  instalmentTable,
  lines,
  para,
  row,
  signOff,
  template,
  when,
} from './blocks.ts';
import type { BuiltInSet } from './types.ts';

// English built-ins: warm and plain at first, firmer towards the end, never threatening.

const hello = para('{{#if client.firstName}}Hi {{client.firstName}},{{else}}Hello,{{/if}}');
const dear = para('{{#if client.name}}Dear {{client.name}},{{else}}Dear Sir or Madam,{{/if}}');
const howToPay = when('paymentInstructions', [
  lines('How to pay:', 'paymentInstructions', 'paymentInstructionsLines'),
]);
const regards = signOff('Kind regards,');

export const EN: BuiltInSet = {
  courtesy: template('Invoice {{invoice.number}} is due on {{invoice.dueDate}}', [
    hello,
    para(
      'Just a quick note to say that invoice {{invoice.number}} for {{invoice.balance}} is due on {{invoice.dueDate}}{{#if daysUntilDue}}, {{plural daysUntilDue "day" "days"}} from now{{/if}}.',
    ),
    howToPay,
    para(
      'If it is already scheduled, thank you, and please ignore this note. If anything on the invoice needs a second look, just reply and I will sort it out.',
    ),
    regards,
  ]),

  'due-today': template('Invoice {{invoice.number}} is due today', [
    hello,
    para(
      'A short reminder that invoice {{invoice.number}} for {{invoice.balance}} falls due today, {{invoice.dueDate}}.',
    ),
    howToPay,
    para(
      'If the payment is already on its way, thank you, there is nothing more to do. If you have any questions about the invoice, I am happy to help.',
    ),
    regards,
  ]),

  reminder: template('Friendly reminder: invoice {{invoice.number}}', [
    hello,
    para(
      'I hope all is well. Invoice {{invoice.number}} was due on {{invoice.dueDate}} and is still open{{#if invoice.hasPayments}}: thank you for the {{invoice.paid}} received so far, which leaves {{invoice.balance}} to pay{{else}}, with {{invoice.balance}} outstanding{{/if}}.',
    ),
    para(
      'It may simply have slipped through the net, so I thought a gentle nudge might help. If you need another copy of the invoice, just let me know.',
    ),
    howToPay,
    para('If you have paid in the meantime, thank you, and please disregard this message.'),
    regards,
  ]),

  'follow-up': template('Invoice {{invoice.number}}: {{invoice.balance}} outstanding', [
    hello,
    para(
      'I am following up on invoice {{invoice.number}}, which was due on {{invoice.dueDate}} and is now {{plural daysOverdue "day" "days"}} overdue. The outstanding balance is {{invoice.balance}}{{#if invoice.hasPayments}} of the original {{invoice.total}}, and thank you for the {{invoice.paid}} already paid{{/if}}.',
    ),
    when('lastReminderDate', [
      para('I last wrote about it on {{lastReminderDate}} and wanted to make sure my message reached you.'),
    ]),
    para(
      'If something is holding the payment up, I would much rather hear about it than guess. If you need a little more time, or would find it easier to pay in instalments, let me know and we can agree on something that works for you.',
    ),
    para(
      'Could you reply with the date you expect to pay? Then I can note it and will not need to chase you again.',
    ),
    howToPay,
    regards,
  ]),

  call: template('Call script: {{client.name}}, invoice {{invoice.number}}', [
    heading('Before you call'),
    facts(
      row('Invoice', '{{invoice.number}}'),
      row('Issued', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row('Due', '{{invoice.dueDate}}{{#if daysOverdue}} ({{plural daysOverdue "day" "days"}} ago){{/if}}'),
      row('Total', '{{invoice.total}}'),
      row('Paid so far', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Balance', '{{invoice.balance}}'),
      row(
        'Reminders sent',
        '{{reminderCount}}{{#if lastReminderDate}}, the last on {{lastReminderDate}}{{/if}}',
      ),
      row('Earlier promise', 'to pay by {{promiseDate}}', 'promiseDate'),
      row('Contact', '{{client.name}}{{#if client.company}}, {{client.company}}{{/if}}'),
    ),
    heading('Greeting'),
    para(
      '“Hello, this is {{sender.name}} from {{sender.company}}. Could I speak to {{#if client.firstName}}{{client.name}}{{else}}the person who looks after our invoices{{/if}}, please?”',
    ),
    heading('Purpose'),
    para(
      '“I am calling about invoice {{invoice.number}} for {{invoice.balance}}, which was due on {{invoice.dueDate}}. Do you have a couple of minutes?”',
    ),
    heading('Key facts to have at hand'),
    bullets(
      'Balance due: {{invoice.balance}}',
      'Due date: {{invoice.dueDate}}',
      'Where to pay: {{#if paymentInstructions}}{{paymentInstructions}}{{else}}the details on the invoice{{/if}}',
    ),
    heading('Questions to ask'),
    bullets(
      '“Has the invoice reached the right person on your side?”',
      '“Is there anything on it you need me to clarify or correct?”',
      '“When can I expect the payment?”',
      '“Would it help to spread the payment over a few instalments?”',
    ),
    heading('How to respond'),
    bullets(
      'Promises to pay on a date: thank them, repeat the date back, log the promise and say you will confirm it by email.',
      'Paying today: thank them, confirm the amount ({{invoice.balance}}) and the payment details, and log the call.',
      'Invoice not received: check the address it should go to, send a copy straight after the call and agree a payment date.',
      'Waiting for approval: ask who approves it and by when, offer anything they need, and agree when you will check back.',
      'Disputes it: listen without arguing, ask exactly what is wrong, log the dispute and promise a reply by a set date.',
      'Unreachable: log the attempt, try again at another time of day and follow up by email.',
      'Voicemail: leave the short message below and log it.',
    ),
    heading('Voicemail'),
    para(
      '“Hello, this is {{sender.name}} from {{sender.company}}, calling about invoice {{invoice.number}} for {{invoice.balance}}. Could you call me back on {{sender.phone}}, or reply to my email at {{sender.email}}? Thank you, and have a good day.”',
    ),
    heading('To close'),
    para('Thank them for their time and confirm by email whatever you agreed.'),
  ]),

  final: template('Final notice: invoice {{invoice.number}}, please pay by {{finalDeadline}}', [
    dear,
    para(
      'I am writing about invoice {{invoice.number}}, which was due on {{invoice.dueDate}} and is now {{plural daysOverdue "day" "days"}} overdue.{{#if reminderCount}} I have sent {{plural reminderCount "reminder" "reminders"}} about it, the last on {{lastReminderDate}}, but have not yet received payment or a date for it.{{/if}}',
    ),
    when(
      'fees.hasFees',
      [
        para('The amount now due includes {{fees.basis}}:'),
        facts(
          row('Balance of the invoice', '{{invoice.balance}}'),
          row('Late fee', '{{fees.lateFee}}', 'fees.hasLateFee'),
          row('Interest to {{today}}', '{{fees.interest}}', 'fees.hasInterest'),
          row('Fixed compensation', '{{fees.compensation}}', 'fees.hasCompensation'),
          row('Total due', '{{fees.totalClaimable}}'),
        ),
        para('Please pay {{fees.totalClaimable}} by {{finalDeadline}}.'),
      ],
      [para('The balance of {{invoice.balance}} is still outstanding. Please pay it by {{finalDeadline}}.')],
    ),
    howToPay,
    para(
      'This is my final request before I take further steps. If the balance is still open after {{finalDeadline}}, I will pass the matter to a collections agency or take legal advice on recovering it{{#if fees.hasInterest}}, and interest will continue to accrue until it is paid{{/if}}. I would much rather settle this directly with you.',
    ),
    para(
      'If you cannot pay the full amount by then, or believe something is wrong with the invoice, please contact me before {{finalDeadline}} so that we can agree a way forward.',
    ),
    regards,
  ]),

  'plan-proposal': template('A payment plan for invoice {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'I understand that paying {{invoice.balance}} in one go may not be easy at the moment, so I would like to offer a payment plan for invoice {{invoice.number}}: {{plural plan.count "instalment" "instalments"}}, payable {{plan.frequency}}, starting on {{plan.firstDate}}.',
        ),
        instalmentTable('No.', 'Date', 'Amount', 'Total'),
        para(
          'If these dates or amounts do not quite work for you, tell me what would and I will do my best to fit around it. Once we have agreed, I will confirm the plan in writing, and there will be no further reminders as long as the instalments arrive on time.',
        ),
        para('Could you let me know whether this suits you?'),
      ],
      [
        para(
          'I understand that paying {{invoice.balance}} in one go may not be easy at the moment, so I would like to offer a payment plan for invoice {{invoice.number}}. Tell me what amounts and dates would suit you, and I will put a schedule together.',
        ),
        para(
          'Once we have agreed, I will confirm the plan in writing, and there will be no further reminders as long as the instalments arrive on time.',
        ),
      ],
    ),
    howToPay,
    regards,
  ]),

  'plan-confirmation': template('Confirming our payment plan for invoice {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'Thank you for agreeing a payment plan for invoice {{invoice.number}}. As discussed, the balance will be paid in {{plural plan.count "instalment" "instalments"}}:',
        ),
        instalmentTable('No.', 'Date', 'Amount', 'Total'),
      ],
      [
        para(
          'Thank you for agreeing a payment plan for invoice {{invoice.number}}. As discussed, the balance of {{invoice.balance}} will be paid in instalments on the dates we agreed.',
        ),
      ],
    ),
    howToPay,
    para(
      'As long as each instalment arrives by its date, you will not hear from me about this invoice except to say thank you. If a date becomes difficult, please let me know beforehand and we will find a solution together.',
    ),
    para('Thank you for working this out with me.'),
    regards,
  ]),

  'discount-offer': template('Early-payment discount on invoice {{invoice.number}}', [
    hello,
    para(
      'I would like to offer you a {{discount.percent}} discount on invoice {{invoice.number}} if it is paid by {{discount.payBy}}.',
    ),
    facts(
      row('Balance', '{{invoice.balance}}'),
      row('Discount ({{discount.percent}})', '{{discount.amount}}'),
      row('To pay by {{discount.payBy}}', '{{discount.discountedBalance}}'),
    ),
    howToPay,
    para(
      'After {{discount.payBy}} the invoice simply returns to its full balance of {{invoice.balance}}. If you have any questions, just reply to this email.',
    ),
    regards,
  ]),

  'partial-ack': template('Thank you for your payment towards invoice {{invoice.number}}', [
    hello,
    para(
      'Thank you for your payment{{#if invoice.lastPayment}} of {{invoice.lastPayment}}{{/if}}{{#if invoice.lastPaymentDate}}, received on {{invoice.lastPaymentDate}}{{/if}}, towards invoice {{invoice.number}}. Here is where the invoice stands now:',
    ),
    facts(
      row('Invoice total', '{{invoice.total}}'),
      row('Paid so far', '{{invoice.paid}}'),
      row('Remaining balance', '{{invoice.balance}}'),
    ),
    para(
      'Could you let me know when you expect to pay the remaining {{invoice.balance}}? If it would help to split it into instalments, I am happy to arrange that.',
    ),
    howToPay,
    regards,
  ]),

  'thank-you': template('Thank you: invoice {{invoice.number}}', [
    hello,
    when(
      'invoice.isPaid',
      [
        para(
          'Thank you for your payment. Invoice {{invoice.number}} for {{invoice.total}} is now paid in full.',
        ),
      ],
      [
        when(
          'invoice.hasPayments',
          [
            para(
              'Thank you for your payment towards invoice {{invoice.number}}. {{invoice.paid}} has been received, and {{invoice.balance}} remains to be paid.',
            ),
          ],
          [
            para(
              'Thank you for letting me know that payment for invoice {{invoice.number}} ({{invoice.balance}}) is on its way.',
            ),
          ],
        ),
      ],
    ),
    para(
      'It is always a pleasure working with you{{#if client.company}} and the team at {{client.company}}{{/if}}, and I look forward to the next project.',
    ),
    regards,
  ]),

  collections: template('Invoice {{invoice.number}} has been passed on for collection', [
    dear,
    para(
      'As invoice {{invoice.number}} remained unpaid after the final deadline of {{finalDeadline}}, I have passed the outstanding balance to a collections agency, who will contact you about it from now on.',
    ),
    para('For your records, here is a summary of the invoice and of our contact about it.'),
    facts(
      row('Invoice', '{{invoice.number}}'),
      row('Issued', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row('Due', '{{invoice.dueDate}}'),
      row('Invoice total', '{{invoice.total}}'),
      row('Paid', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Balance outstanding', '{{invoice.balance}}'),
      row('Fees and interest', '{{fees.total}}', 'fees.hasFees'),
      row('Total claimed', '{{fees.totalClaimable}}', 'fees.hasFees'),
    ),
    when('fees.hasFees', [para('The amount claimed includes {{fees.basis}}.')]),
    when(
      'history.hasReminders',
      [each('Reminders sent:', 'history.reminders', '{{date}}: {{step}}')],
      [when('reminderCount', [para('Reminders sent: {{reminderCount}}, the last on {{lastReminderDate}}.')])],
    ),
    when('history.hasCalls', [
      each('Calls:', 'history.calls', '{{date}}: {{outcome}}{{#if note}} ({{note}}){{/if}}'),
    ]),
    when('history.hasPromises', [
      each('Promises to pay:', 'history.promises', '{{date}}: promised payment by {{until}}'),
    ]),
    when('history.hasPayments', [each('Payments received:', 'history.payments', '{{date}}: {{amount}}')]),
    para(
      'If you believe this is a mistake, or the balance has been paid in the meantime, please reply to this email as soon as possible so that I can let the agency know.',
    ),
    regards,
  ]),
};
