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

// Deutsche Vorlagen: Sie-Form, sachlich und freundlich, zum Ende hin bestimmt, nie drohend.
// Nach der Anrede mit Komma geht der Text kleingeschrieben weiter.

const hello = para('{{#if client.name}}Guten Tag {{client.name}},{{else}}Guten Tag,{{/if}}');
const howToPay = when('paymentInstructions', [
  lines('Zahlungsinformationen:', 'paymentInstructions', 'paymentInstructionsLines'),
]);
const regards = signOff('Mit freundlichen Grüßen');

export const DE: BuiltInSet = {
  courtesy: template('Rechnung {{invoice.number}} ist am {{invoice.dueDate}} fällig', [
    hello,
    para(
      'nur ein kurzer Hinweis: Die Rechnung {{invoice.number}} über {{invoice.balance}} wird am {{invoice.dueDate}} fällig{{#if daysUntilDue}}, also in {{plural daysUntilDue "Tag" "Tagen"}}{{/if}}.',
    ),
    howToPay,
    para(
      'Falls die Zahlung bereits veranlasst ist, vielen Dank – dann betrachten Sie diese Nachricht bitte als gegenstandslos. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail, und ich kümmere mich darum.',
    ),
    regards,
  ]),

  'due-today': template('Rechnung {{invoice.number}} ist heute fällig', [
    hello,
    para(
      'eine kurze Erinnerung: Die Rechnung {{invoice.number}} über {{invoice.balance}} ist heute, am {{invoice.dueDate}}, fällig.',
    ),
    howToPay,
    para(
      'Wenn die Zahlung schon unterwegs ist, herzlichen Dank – dann ist nichts weiter zu tun. Bei Fragen zur Rechnung helfe ich Ihnen gern weiter.',
    ),
    regards,
  ]),

  reminder: template('Freundliche Erinnerung: Rechnung {{invoice.number}}', [
    hello,
    para(
      'ich hoffe, es geht Ihnen gut. Die Rechnung {{invoice.number}} war am {{invoice.dueDate}} fällig und ist noch nicht vollständig beglichen{{#if invoice.hasPayments}}. Vielen Dank für die bereits eingegangenen {{invoice.paid}}; offen sind noch {{invoice.balance}}{{else}}: Offen sind {{invoice.balance}}{{/if}}.',
    ),
    para(
      'Vielleicht ist sie im Tagesgeschäft einfach untergegangen, daher diese kurze Erinnerung. Falls Sie die Rechnung noch einmal benötigen, schicke ich sie Ihnen gern erneut zu.',
    ),
    howToPay,
    para(
      'Sollten Sie die Zahlung inzwischen veranlasst haben, danke ich Ihnen und bitte Sie, diese Nachricht als gegenstandslos zu betrachten.',
    ),
    regards,
  ]),

  'follow-up': template('Rechnung {{invoice.number}}: offener Betrag {{invoice.balance}}', [
    hello,
    para(
      'ich melde mich noch einmal wegen der Rechnung {{invoice.number}}, die am {{invoice.dueDate}} fällig war und nun seit {{plural daysOverdue "Tag" "Tagen"}} überfällig ist. Der offene Betrag beträgt {{invoice.balance}}{{#if invoice.hasPayments}} von ursprünglich {{invoice.total}} – vielen Dank für die bereits gezahlten {{invoice.paid}}{{/if}}.',
    ),
    when('lastReminderDate', [
      para(
        'Zuletzt habe ich Ihnen am {{lastReminderDate}} geschrieben und möchte sichergehen, dass meine Nachricht bei Ihnen angekommen ist.',
      ),
    ]),
    para(
      'Falls etwas der Zahlung im Weg steht, spreche ich lieber offen mit Ihnen darüber. Wenn Sie etwas mehr Zeit brauchen oder lieber in Raten zahlen möchten, sagen Sie mir Bescheid – wir finden gemeinsam eine Lösung, die für Sie passt.',
    ),
    para(
      'Könnten Sie mir kurz mitteilen, wann ich mit der Zahlung rechnen kann? Dann vermerke ich das Datum und muss nicht erneut nachfragen.',
    ),
    howToPay,
    regards,
  ]),

  call: template('Gesprächsleitfaden: {{client.name}}, Rechnung {{invoice.number}}', [
    heading('Vor dem Anruf'),
    facts(
      row('Rechnung', '{{invoice.number}}'),
      row('Ausgestellt am', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row(
        'Fällig am',
        '{{invoice.dueDate}}{{#if daysOverdue}} (seit {{plural daysOverdue "Tag" "Tagen"}} überfällig){{/if}}',
      ),
      row('Rechnungsbetrag', '{{invoice.total}}'),
      row('Bereits gezahlt', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Offener Betrag', '{{invoice.balance}}'),
      row(
        'Erinnerungen',
        '{{reminderCount}}{{#if lastReminderDate}}, zuletzt am {{lastReminderDate}}{{/if}}',
      ),
      row('Frühere Zusage', 'Zahlung bis {{promiseDate}}', 'promiseDate'),
      row('Ansprechpartner', '{{client.name}}{{#if client.company}}, {{client.company}}{{/if}}'),
    ),
    heading('Begrüßung'),
    para(
      '„Guten Tag, hier spricht {{sender.name}} von {{sender.company}}. Könnte ich bitte {{#if client.firstName}}{{client.name}}{{else}}mit der Person, die sich um unsere Rechnungen kümmert,{{/if}} sprechen?“',
    ),
    heading('Anlass'),
    para(
      '„Ich rufe wegen der Rechnung {{invoice.number}} über {{invoice.balance}} an, die am {{invoice.dueDate}} fällig war. Haben Sie kurz zwei Minuten Zeit?“',
    ),
    heading('Wichtige Fakten'),
    bullets(
      'Offener Betrag: {{invoice.balance}}',
      'Fällig am: {{invoice.dueDate}}',
      'Zahlungsweg: {{#if paymentInstructions}}{{paymentInstructions}}{{else}}siehe Rechnung{{/if}}',
    ),
    heading('Fragen'),
    bullets(
      '„Ist die Rechnung bei der richtigen Person angekommen?“',
      '„Gibt es etwas, das ich klären oder korrigieren sollte?“',
      '„Wann kann ich mit der Zahlung rechnen?“',
      '„Würde es Ihnen helfen, den Betrag in Raten zu zahlen?“',
    ),
    heading('Je nach Antwort'),
    bullets(
      'Sagt Zahlung zu einem Termin zu: bedanken, das Datum wiederholen, die Zusage vermerken und eine kurze schriftliche Bestätigung ankündigen.',
      'Zahlt heute: bedanken, Betrag ({{invoice.balance}}) und Zahlungsdaten bestätigen, den Anruf vermerken.',
      'Rechnung nicht erhalten: die richtige Adresse erfragen, die Rechnung direkt nach dem Gespräch erneut senden und einen Zahlungstermin vereinbaren.',
      'Wartet auf Freigabe: fragen, wer freigibt und bis wann, fehlende Unterlagen anbieten und vereinbaren, wann Sie nachfragen.',
      'Beanstandet die Rechnung: zuhören statt diskutieren, genau nachfragen, was nicht stimmt, den Einwand vermerken und eine Antwort bis zu einem festen Datum zusagen.',
      'Nicht erreichbar: den Versuch vermerken, zu einer anderen Tageszeit erneut anrufen und per E-Mail nachfassen.',
      'Mailbox: die kurze Nachricht unten hinterlassen und vermerken.',
    ),
    heading('Nachricht für die Mailbox'),
    para(
      '„Guten Tag, hier spricht {{sender.name}} von {{sender.company}}. Ich rufe wegen der Rechnung {{invoice.number}} über {{invoice.balance}} an. Bitte rufen Sie mich unter {{sender.phone}} zurück oder antworten Sie auf meine E-Mail an {{sender.email}}. Vielen Dank und einen schönen Tag.“',
    ),
    heading('Zum Abschluss'),
    para('Bedanken Sie sich für das Gespräch und bestätigen Sie das Vereinbarte per E-Mail.'),
  ]),

  final: template('Letzte Mahnung: Rechnung {{invoice.number}}, Zahlung bis {{finalDeadline}}', [
    hello,
    para(
      'ich schreibe Ihnen wegen der Rechnung {{invoice.number}}, die am {{invoice.dueDate}} fällig war und seit {{plural daysOverdue "Tag" "Tagen"}} überfällig ist.{{#if reminderCount}} Ich habe Ihnen dazu {{plural reminderCount "Erinnerung" "Erinnerungen"}} geschickt, zuletzt am {{lastReminderDate}}, aber bisher weder eine Zahlung noch einen Zahlungstermin erhalten.{{/if}}',
    ),
    when(
      'fees.hasFees',
      [
        para('Der fällige Betrag umfasst {{fees.basis}}:'),
        facts(
          row('Offener Rechnungsbetrag', '{{invoice.balance}}'),
          row('Verzugsgebühr', '{{fees.lateFee}}', 'fees.hasLateFee'),
          row('Zinsen bis {{today}}', '{{fees.interest}}', 'fees.hasInterest'),
          row('Pauschalentschädigung', '{{fees.compensation}}', 'fees.hasCompensation'),
          row('Gesamtbetrag', '{{fees.totalClaimable}}'),
        ),
        para('Bitte überweisen Sie {{fees.totalClaimable}} bis zum {{finalDeadline}}.'),
      ],
      [
        para(
          'Der offene Betrag von {{invoice.balance}} ist weiterhin nicht beglichen. Bitte überweisen Sie ihn bis zum {{finalDeadline}}.',
        ),
      ],
    ),
    howToPay,
    para(
      'Dies ist meine letzte Bitte, bevor ich weitere Schritte einleite. Sollte der Betrag nach dem {{finalDeadline}} noch offen sein, werde ich die Forderung an ein Inkassobüro übergeben oder rechtlichen Rat zur Beitreibung einholen{{#if fees.hasInterest}}; bis zur Zahlung fallen weiterhin Zinsen an{{/if}}. Mir wäre es deutlich lieber, die Angelegenheit direkt mit Ihnen zu klären.',
    ),
    para(
      'Falls Sie den vollen Betrag bis dahin nicht zahlen können oder der Meinung sind, dass mit der Rechnung etwas nicht stimmt, melden Sie sich bitte vor dem {{finalDeadline}} bei mir, damit wir eine Lösung finden.',
    ),
    regards,
  ]),

  'plan-proposal': template('Ratenzahlung für Rechnung {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'ich verstehe, dass es gerade nicht einfach sein kann, {{invoice.balance}} auf einmal zu zahlen. Deshalb biete ich Ihnen für die Rechnung {{invoice.number}} eine Ratenzahlung an: {{plural plan.count "Rate" "Raten"}}, {{plan.frequency}} zahlbar, beginnend am {{plan.firstDate}}.',
        ),
        instalmentTable('Nr.', 'Datum', 'Betrag', 'Summe'),
        para(
          'Wenn Ihnen diese Termine oder Beträge nicht passen, sagen Sie mir, was für Sie machbar ist – ich komme Ihnen gern entgegen. Sobald wir uns einig sind, bestätige ich den Plan schriftlich, und solange die Raten pünktlich eingehen, erhalten Sie keine weiteren Erinnerungen.',
        ),
        para('Geben Sie mir bitte kurz Bescheid, ob Ihnen dieser Vorschlag passt.'),
      ],
      [
        para(
          'ich verstehe, dass es gerade nicht einfach sein kann, {{invoice.balance}} auf einmal zu zahlen. Deshalb biete ich Ihnen für die Rechnung {{invoice.number}} gern eine Ratenzahlung an. Sagen Sie mir, welche Beträge und Termine für Sie machbar sind, dann stelle ich einen Zahlungsplan zusammen.',
        ),
        para(
          'Sobald wir uns einig sind, bestätige ich den Plan schriftlich, und solange die Raten pünktlich eingehen, erhalten Sie keine weiteren Erinnerungen.',
        ),
      ],
    ),
    howToPay,
    regards,
  ]),

  'plan-confirmation': template('Bestätigung der Ratenzahlung für Rechnung {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'vielen Dank, dass wir uns auf eine Ratenzahlung für die Rechnung {{invoice.number}} verständigt haben. Wie besprochen wird der Betrag in {{plural plan.count "Rate" "Raten"}} beglichen:',
        ),
        instalmentTable('Nr.', 'Datum', 'Betrag', 'Summe'),
      ],
      [
        para(
          'vielen Dank, dass wir uns auf eine Ratenzahlung für die Rechnung {{invoice.number}} verständigt haben. Wie besprochen wird der offene Betrag von {{invoice.balance}} in Raten zu den vereinbarten Terminen beglichen.',
        ),
      ],
    ),
    howToPay,
    para(
      'Solange die Raten jeweils pünktlich eingehen, erhalten Sie zu dieser Rechnung keine weiteren Erinnerungen. Sollte ein Termin schwierig werden, sagen Sie mir bitte vorher Bescheid, dann finden wir gemeinsam eine Lösung.',
    ),
    para('Vielen Dank für Ihr Entgegenkommen.'),
    regards,
  ]),

  'discount-offer': template('Skonto bei früher Zahlung: Rechnung {{invoice.number}}', [
    hello,
    para(
      'gern biete ich Ihnen {{discount.percent}} Skonto auf die Rechnung {{invoice.number}} an, wenn die Zahlung bis zum {{discount.payBy}} eingeht.',
    ),
    facts(
      row('Offener Betrag', '{{invoice.balance}}'),
      row('Skonto ({{discount.percent}})', '{{discount.amount}}'),
      row('Zahlbetrag bis {{discount.payBy}}', '{{discount.discountedBalance}}'),
    ),
    howToPay,
    para(
      'Nach dem {{discount.payBy}} gilt wieder der volle Betrag von {{invoice.balance}}. Bei Fragen antworten Sie einfach auf diese E-Mail.',
    ),
    regards,
  ]),

  'partial-ack': template('Vielen Dank für Ihre Teilzahlung zur Rechnung {{invoice.number}}', [
    hello,
    para(
      'vielen Dank für Ihre Zahlung{{#if invoice.lastPayment}} über {{invoice.lastPayment}}{{/if}}{{#if invoice.lastPaymentDate}}, eingegangen am {{invoice.lastPaymentDate}}{{/if}}, auf die Rechnung {{invoice.number}}. Der aktuelle Stand:',
    ),
    facts(
      row('Rechnungsbetrag', '{{invoice.total}}'),
      row('Bereits gezahlt', '{{invoice.paid}}'),
      row('Restbetrag', '{{invoice.balance}}'),
    ),
    para(
      'Könnten Sie mir mitteilen, wann ich mit dem Restbetrag von {{invoice.balance}} rechnen kann? Wenn es Ihnen hilft, den Rest in Raten zu zahlen, vereinbaren wir das gern.',
    ),
    howToPay,
    regards,
  ]),

  'thank-you': template('Vielen Dank: Rechnung {{invoice.number}}', [
    hello,
    when(
      'invoice.isPaid',
      [
        para(
          'vielen Dank für Ihre Zahlung. Die Rechnung {{invoice.number}} über {{invoice.total}} ist damit vollständig beglichen.',
        ),
      ],
      [
        when(
          'invoice.hasPayments',
          [
            para(
              'vielen Dank für Ihre Zahlung auf die Rechnung {{invoice.number}}. Eingegangen sind {{invoice.paid}}, offen sind noch {{invoice.balance}}.',
            ),
          ],
          [
            para(
              'vielen Dank für Ihre Nachricht, dass die Zahlung für die Rechnung {{invoice.number}} ({{invoice.balance}}) unterwegs ist.',
            ),
          ],
        ),
      ],
    ),
    para(
      'Die Zusammenarbeit mit Ihnen{{#if client.company}} und dem Team von {{client.company}}{{/if}} ist mir immer eine Freude, und ich freue mich auf das nächste Projekt.',
    ),
    regards,
  ]),

  collections: template('Rechnung {{invoice.number}}: Übergabe an ein Inkassobüro', [
    hello,
    para(
      'da die Rechnung {{invoice.number}} auch nach Ablauf der letzten Frist am {{finalDeadline}} nicht beglichen wurde, habe ich die offene Forderung an ein Inkassobüro übergeben, das sich künftig in dieser Angelegenheit an Sie wenden wird.',
    ),
    para(
      'Zu Ihrer Information finden Sie hier eine Übersicht über die Rechnung und unseren bisherigen Kontakt.',
    ),
    facts(
      row('Rechnung', '{{invoice.number}}'),
      row('Ausgestellt am', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row('Fällig am', '{{invoice.dueDate}}'),
      row('Rechnungsbetrag', '{{invoice.total}}'),
      row('Gezahlt', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Offener Betrag', '{{invoice.balance}}'),
      row('Gebühren und Zinsen', '{{fees.total}}', 'fees.hasFees'),
      row('Geforderter Gesamtbetrag', '{{fees.totalClaimable}}', 'fees.hasFees'),
    ),
    when('fees.hasFees', [para('Der geforderte Betrag umfasst {{fees.basis}}.')]),
    when(
      'history.hasReminders',
      [each('Versandte Erinnerungen:', 'history.reminders', '{{date}}: {{step}}')],
      [
        when('reminderCount', [
          para('Versandte Erinnerungen: {{reminderCount}}, zuletzt am {{lastReminderDate}}.'),
        ]),
      ],
    ),
    when('history.hasCalls', [
      each('Anrufe:', 'history.calls', '{{date}}: {{outcome}}{{#if note}} ({{note}}){{/if}}'),
    ]),
    when('history.hasPromises', [
      each('Zahlungszusagen:', 'history.promises', '{{date}}: Zahlung zugesagt bis {{until}}'),
    ]),
    when('history.hasPayments', [
      each('Eingegangene Zahlungen:', 'history.payments', '{{date}}: {{amount}}'),
    ]),
    para(
      'Sollte es sich um ein Versehen handeln oder der Betrag inzwischen bezahlt worden sein, antworten Sie bitte möglichst bald auf diese E-Mail, damit ich das Inkassobüro informieren kann.',
    ),
    regards,
  ]),
};
