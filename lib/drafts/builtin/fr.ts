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
import type { BuiltInSet, TemplateSource } from './types.ts';

// Modèles français : vouvoiement, ton cordial, ferme à la fin, jamais menaçant.
// Typographie : espace insécable (\u00a0) avant « : », « ? » et à l’intérieur des guillemets.

const hello = para('{{#if client.name}}Bonjour {{client.name}},{{else}}Bonjour,{{/if}}');
const howToPay = when('paymentInstructions', [
  lines('Modalités de paiement\u00a0:', 'paymentInstructions', 'paymentInstructionsLines'),
]);
const regards = signOff('Bien cordialement,');
const french = (subject: string, body: Parameters<typeof template>[1]): TemplateSource =>
  template(subject, body, { colon: '\u00a0:' });

export const FR: BuiltInSet = {
  courtesy: french('Facture {{invoice.number}}\u00a0: échéance le {{invoice.dueDate}}', [
    hello,
    para(
      'Je me permets un petit message pour vous rappeler que la facture {{invoice.number}}, d’un montant de {{invoice.balance}}, arrive à échéance le {{invoice.dueDate}}{{#if daysUntilDue}}, soit dans {{plural daysUntilDue "jour" "jours"}}{{/if}}.',
    ),
    howToPay,
    para(
      'Si le règlement est déjà prévu, merci beaucoup, et ne tenez pas compte de ce message. Si un point de la facture mérite d’être revu, il suffit de répondre à ce courriel et je m’en occupe.',
    ),
    regards,
  ]),

  'due-today': french('Facture {{invoice.number}}\u00a0: échéance aujourd’hui', [
    hello,
    para(
      'Un petit rappel\u00a0: la facture {{invoice.number}}, d’un montant de {{invoice.balance}}, arrive à échéance aujourd’hui, le {{invoice.dueDate}}.',
    ),
    howToPay,
    para(
      'Si le paiement est déjà en route, merci\u00a0; vous n’avez rien d’autre à faire. Pour toute question sur la facture, je reste à votre disposition.',
    ),
    regards,
  ]),

  reminder: french('Petit rappel\u00a0: facture {{invoice.number}}', [
    hello,
    para(
      'J’espère que vous allez bien. La facture {{invoice.number}}, arrivée à échéance le {{invoice.dueDate}}, n’est pas encore entièrement réglée{{#if invoice.hasPayments}}\u00a0: merci pour les {{invoice.paid}} déjà reçus, il reste donc {{invoice.balance}} à payer{{else}}\u00a0; le montant dû est de {{invoice.balance}}{{/if}}.',
    ),
    para(
      'Elle a peut-être simplement échappé à votre attention, d’où ce petit rappel. Si vous avez besoin d’un nouvel exemplaire de la facture, n’hésitez pas à me le demander.',
    ),
    howToPay,
    para('Si vous avez réglé entre-temps, merci, et veuillez ne pas tenir compte de ce message.'),
    regards,
  ]),

  'follow-up': french('Facture {{invoice.number}}\u00a0: {{invoice.balance}} restant dus', [
    hello,
    para(
      'Je reviens vers vous au sujet de la facture {{invoice.number}}, arrivée à échéance le {{invoice.dueDate}} et aujourd’hui en retard de {{plural daysOverdue "jour" "jours"}}. Le solde restant dû est de {{invoice.balance}}{{#if invoice.hasPayments}} sur un total de {{invoice.total}} (merci pour les {{invoice.paid}} déjà versés){{/if}}.',
    ),
    when('lastReminderDate', [
      para(
        'Mon précédent message à ce sujet date du {{lastReminderDate}}, et je souhaitais m’assurer qu’il vous était bien parvenu.',
      ),
    ]),
    para(
      'Si quelque chose bloque le paiement, je préfère de loin en parler avec vous. Si vous avez besoin d’un peu plus de temps, ou s’il vous est plus simple de régler en plusieurs fois, dites-le-moi et nous trouverons ensemble une solution qui vous convienne.',
    ),
    para(
      'Pourriez-vous m’indiquer la date à laquelle vous prévoyez de régler\u00a0? Je pourrai ainsi la noter et n’aurai pas besoin de vous relancer.',
    ),
    howToPay,
    regards,
  ]),

  call: french('Script d’appel\u00a0: {{client.name}}, facture {{invoice.number}}', [
    heading('Avant l’appel'),
    facts(
      row('Facture', '{{invoice.number}}'),
      row('Émise le', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row(
        'Échéance',
        '{{invoice.dueDate}}{{#if daysOverdue}} (il y a {{plural daysOverdue "jour" "jours"}}){{/if}}',
      ),
      row('Montant total', '{{invoice.total}}'),
      row('Déjà payé', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Solde dû', '{{invoice.balance}}'),
      row(
        'Relances envoyées',
        '{{reminderCount}}{{#if lastReminderDate}}, la dernière le {{lastReminderDate}}{{/if}}',
      ),
      row('Promesse antérieure', 'paiement d’ici le {{promiseDate}}', 'promiseDate'),
      row('Interlocuteur', '{{client.name}}{{#if client.company}}, {{client.company}}{{/if}}'),
    ),
    heading('Salutation'),
    para(
      '«\u00a0Bonjour, {{sender.name}}, de {{sender.company}}. Pourrais-je parler à {{#if client.firstName}}{{client.name}}{{else}}la personne qui s’occupe de nos factures{{/if}}, s’il vous plaît\u00a0?\u00a0»',
    ),
    heading('Objet de l’appel'),
    para(
      '«\u00a0Je vous appelle au sujet de la facture {{invoice.number}}, d’un montant de {{invoice.balance}}, arrivée à échéance le {{invoice.dueDate}}. Auriez-vous deux minutes\u00a0?\u00a0»',
    ),
    heading('Informations clés'),
    bullets(
      'Solde dû\u00a0: {{invoice.balance}}',
      'Échéance\u00a0: {{invoice.dueDate}}',
      'Moyen de paiement\u00a0: {{#if paymentInstructions}}{{paymentInstructions}}{{else}}voir la facture{{/if}}',
    ),
    heading('Questions à poser'),
    bullets(
      '«\u00a0La facture est-elle bien parvenue à la bonne personne\u00a0?\u00a0»',
      '«\u00a0Y a-t-il un point à clarifier ou à corriger\u00a0?\u00a0»',
      '«\u00a0Quand puis-je compter sur le paiement\u00a0?\u00a0»',
      '«\u00a0Un paiement en plusieurs fois vous faciliterait-il les choses\u00a0?\u00a0»',
    ),
    heading('Selon la réponse'),
    bullets(
      'Promesse de paiement à une date\u00a0: remerciez, répétez la date, notez la promesse et annoncez une confirmation écrite.',
      'Paiement aujourd’hui\u00a0: remerciez, confirmez le montant ({{invoice.balance}}) et les coordonnées de paiement, notez l’appel.',
      'Facture non reçue\u00a0: vérifiez l’adresse d’envoi, renvoyez la facture juste après l’appel et convenez d’une date de paiement.',
      'En attente de validation\u00a0: demandez qui valide et dans quel délai, proposez d’envoyer ce qui manque et convenez du moment où vous rappellerez.',
      'Contestation\u00a0: écoutez sans argumenter, demandez précisément ce qui ne va pas, notez la contestation et promettez une réponse à une date précise.',
      'Injoignable\u00a0: notez la tentative, rappelez à un autre moment de la journée et relancez par courriel.',
      'Messagerie\u00a0: laissez le bref message ci-dessous et notez-le.',
    ),
    heading('Message vocal'),
    para(
      '«\u00a0Bonjour, ici {{sender.name}}, de {{sender.company}}. Je vous appelle au sujet de la facture {{invoice.number}}, d’un montant de {{invoice.balance}}. Pourriez-vous me rappeler au {{sender.phone}} ou répondre à mon courriel à l’adresse {{sender.email}}\u00a0? Merci et bonne journée.\u00a0»',
    ),
    heading('Pour conclure'),
    para('Remerciez votre interlocuteur et confirmez par courriel ce qui a été convenu.'),
  ]),

  final: french(
    'Dernier rappel\u00a0: facture {{invoice.number}}, à régler au plus tard le {{finalDeadline}}',
    [
      hello,
      para(
        'Je vous écris au sujet de la facture {{invoice.number}}, arrivée à échéance le {{invoice.dueDate}} et aujourd’hui en retard de {{plural daysOverdue "jour" "jours"}}.{{#if reminderCount}} Je vous ai adressé {{plural reminderCount "relance" "relances"}} à ce sujet, la dernière le {{lastReminderDate}}, sans avoir reçu à ce jour ni paiement ni date de règlement.{{/if}}',
      ),
      when(
        'fees.hasFees',
        [
          para('Le montant aujourd’hui dû comprend {{fees.basis}}\u00a0:'),
          facts(
            row('Solde de la facture', '{{invoice.balance}}'),
            row('Frais de retard', '{{fees.lateFee}}', 'fees.hasLateFee'),
            row('Intérêts au {{today}}', '{{fees.interest}}', 'fees.hasInterest'),
            row('Indemnité forfaitaire', '{{fees.compensation}}', 'fees.hasCompensation'),
            row('Total dû', '{{fees.totalClaimable}}'),
          ),
          para('Merci de régler {{fees.totalClaimable}} au plus tard le {{finalDeadline}}.'),
        ],
        [
          para(
            'Le solde de {{invoice.balance}} reste impayé. Merci de le régler au plus tard le {{finalDeadline}}.',
          ),
        ],
      ),
      howToPay,
      para(
        'Il s’agit de ma dernière demande avant d’engager d’autres démarches. Si le solde reste impayé après le {{finalDeadline}}, je confierai le dossier à une société de recouvrement ou solliciterai un conseil juridique en vue de son recouvrement{{#if fees.hasInterest}}, et les intérêts continueront de courir jusqu’au paiement{{/if}}. Je préférerais de loin régler cette question directement avec vous.',
      ),
      para(
        'Si vous ne pouvez pas régler la totalité d’ici là, ou si vous pensez que la facture comporte une erreur, merci de me contacter avant le {{finalDeadline}} afin que nous trouvions une solution.',
      ),
      regards,
    ],
  ),

  'plan-proposal': french('Proposition d’échéancier pour la facture {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'Je comprends qu’il ne soit pas toujours simple de régler {{invoice.balance}} en une seule fois. Je vous propose donc un échéancier pour la facture {{invoice.number}}\u00a0: {{plural plan.count "versement" "versements"}} à intervalle {{plan.frequency}}, à partir du {{plan.firstDate}}.',
        ),
        instalmentTable('N°', 'Date', 'Montant', 'Total'),
        para(
          'Si ces dates ou ces montants ne vous conviennent pas, dites-moi ce qui serait possible et je ferai de mon mieux pour m’adapter. Une fois l’échéancier convenu, je vous le confirmerai par écrit, et vous ne recevrez plus de relance tant que les versements arrivent à temps.',
        ),
        para('Pourriez-vous me dire si cette proposition vous convient\u00a0?'),
      ],
      [
        para(
          'Je comprends qu’il ne soit pas toujours simple de régler {{invoice.balance}} en une seule fois. Je vous propose donc un échéancier pour la facture {{invoice.number}}\u00a0: indiquez-moi les montants et les dates qui vous conviendraient, et je préparerai un calendrier de paiement.',
        ),
        para(
          'Une fois l’échéancier convenu, je vous le confirmerai par écrit, et vous ne recevrez plus de relance tant que les versements arrivent à temps.',
        ),
      ],
    ),
    howToPay,
    regards,
  ]),

  'plan-confirmation': french('Confirmation de l’échéancier pour la facture {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'Merci d’avoir convenu avec moi d’un échéancier pour la facture {{invoice.number}}. Comme convenu, le solde sera réglé en {{plural plan.count "versement" "versements"}}\u00a0:',
        ),
        instalmentTable('N°', 'Date', 'Montant', 'Total'),
      ],
      [
        para(
          'Merci d’avoir convenu avec moi d’un échéancier pour la facture {{invoice.number}}. Comme convenu, le solde de {{invoice.balance}} sera réglé en plusieurs versements aux dates fixées ensemble.',
        ),
      ],
    ),
    howToPay,
    para(
      'Tant que chaque versement arrive à sa date, vous ne recevrez plus de relance pour cette facture. Si une date devient difficile à tenir, prévenez-moi à l’avance et nous trouverons une solution ensemble.',
    ),
    para('Merci d’avoir trouvé cet arrangement avec moi.'),
    regards,
  ]),

  'discount-offer': french('Escompte pour paiement anticipé\u00a0: facture {{invoice.number}}', [
    hello,
    para(
      'Je vous propose un escompte de {{discount.percent}} sur la facture {{invoice.number}} si elle est réglée au plus tard le {{discount.payBy}}.',
    ),
    facts(
      row('Solde', '{{invoice.balance}}'),
      row('Escompte ({{discount.percent}})', '{{discount.amount}}'),
      row('À régler d’ici le {{discount.payBy}}', '{{discount.discountedBalance}}'),
    ),
    howToPay,
    para(
      'Après le {{discount.payBy}}, la facture revient simplement à son montant intégral de {{invoice.balance}}. Pour toute question, il suffit de répondre à ce courriel.',
    ),
    regards,
  ]),

  'partial-ack': french('Merci pour votre paiement partiel de la facture {{invoice.number}}', [
    hello,
    para(
      'Merci pour votre paiement{{#if invoice.lastPayment}} de {{invoice.lastPayment}}{{/if}}{{#if invoice.lastPaymentDate}}, reçu le {{invoice.lastPaymentDate}}{{/if}}, au titre de la facture {{invoice.number}}. Voici où en est la facture\u00a0:',
    ),
    facts(
      row('Montant de la facture', '{{invoice.total}}'),
      row('Déjà payé', '{{invoice.paid}}'),
      row('Reste à payer', '{{invoice.balance}}'),
    ),
    para(
      'Pourriez-vous m’indiquer quand vous prévoyez de régler les {{invoice.balance}} restants\u00a0? Si un paiement en plusieurs fois vous arrange, je peux tout à fait le mettre en place.',
    ),
    howToPay,
    regards,
  ]),

  'thank-you': french('Merci\u00a0: facture {{invoice.number}}', [
    hello,
    when(
      'invoice.isPaid',
      [
        para(
          'Merci pour votre paiement. La facture {{invoice.number}}, d’un montant de {{invoice.total}}, est désormais entièrement réglée.',
        ),
      ],
      [
        when(
          'invoice.hasPayments',
          [
            para(
              'Merci pour votre paiement au titre de la facture {{invoice.number}}. J’ai bien reçu {{invoice.paid}}\u00a0; il reste {{invoice.balance}} à régler.',
            ),
          ],
          [
            para(
              'Merci de m’avoir indiqué que le paiement de la facture {{invoice.number}} ({{invoice.balance}}) est en cours.',
            ),
          ],
        ),
      ],
    ),
    para(
      'C’est toujours un plaisir de travailler avec vous{{#if client.company}} et votre équipe{{/if}}, et je me réjouis de notre prochain projet.',
    ),
    regards,
  ]),

  collections: french('Facture {{invoice.number}}\u00a0: transmission au recouvrement', [
    hello,
    para(
      'La facture {{invoice.number}} étant restée impayée après la date limite du {{finalDeadline}}, j’ai transmis le solde dû à une société de recouvrement, qui prendra désormais contact avec vous à ce sujet.',
    ),
    para('Pour mémoire, voici un récapitulatif de la facture et de nos échanges.'),
    facts(
      row('Facture', '{{invoice.number}}'),
      row('Émise le', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row('Échéance', '{{invoice.dueDate}}'),
      row('Montant de la facture', '{{invoice.total}}'),
      row('Payé', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Solde dû', '{{invoice.balance}}'),
      row('Frais et intérêts', '{{fees.total}}', 'fees.hasFees'),
      row('Total réclamé', '{{fees.totalClaimable}}', 'fees.hasFees'),
    ),
    when('fees.hasFees', [para('Le montant réclamé comprend {{fees.basis}}.')]),
    when(
      'history.hasReminders',
      [each('Relances envoyées\u00a0:', 'history.reminders', '{{date}}\u00a0: {{step}}')],
      [
        when('reminderCount', [
          para('Relances envoyées\u00a0: {{reminderCount}}, la dernière le {{lastReminderDate}}.'),
        ]),
      ],
    ),
    when('history.hasCalls', [
      each('Appels\u00a0:', 'history.calls', '{{date}}\u00a0: {{outcome}}{{#if note}} ({{note}}){{/if}}'),
    ]),
    when('history.hasPromises', [
      each(
        'Promesses de paiement\u00a0:',
        'history.promises',
        '{{date}}\u00a0: paiement promis pour le {{until}}',
      ),
    ]),
    when('history.hasPayments', [
      each('Paiements reçus\u00a0:', 'history.payments', '{{date}}\u00a0: {{amount}}'),
    ]),
    para(
      'Si vous pensez qu’il s’agit d’une erreur, ou si le solde a été réglé entre-temps, merci de répondre à ce courriel dès que possible afin que je puisse en informer la société de recouvrement.',
    ),
    regards,
  ]),
};
