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

// Plantillas en español: trato de usted, cordiales, firmes al final y nunca amenazantes.

const hello = para('{{#if client.name}}Hola, {{client.name}}:{{else}}Hola:{{/if}}');
const dear = para('{{#if client.name}}Estimado/a {{client.name}}:{{else}}Estimados señores:{{/if}}');
const howToPay = when('paymentInstructions', [
  lines('Datos para el pago:', 'paymentInstructions', 'paymentInstructionsLines'),
]);
const regards = signOff('Un cordial saludo,');

export const ES: BuiltInSet = {
  courtesy: template('Factura {{invoice.number}}: vence el {{invoice.dueDate}}', [
    hello,
    para(
      'Le escribo para recordarle que la factura {{invoice.number}}, por importe de {{invoice.balance}}, vence el {{invoice.dueDate}}{{#if daysUntilDue}}, dentro de {{plural daysUntilDue "día" "días"}}{{/if}}.',
    ),
    howToPay,
    para(
      'Si ya tiene el pago programado, muchas gracias y no tenga en cuenta este mensaje. Si algo de la factura necesita revisarse, responda a este correo y me ocupo de ello.',
    ),
    regards,
  ]),

  'due-today': template('Factura {{invoice.number}}: vence hoy', [
    hello,
    para(
      'Le recuerdo que la factura {{invoice.number}}, por importe de {{invoice.balance}}, vence hoy, {{invoice.dueDate}}.',
    ),
    howToPay,
    para(
      'Si el pago ya está en camino, muchas gracias; no tiene que hacer nada más. Si tiene cualquier duda sobre la factura, con gusto le ayudo.',
    ),
    regards,
  ]),

  reminder: template('Recordatorio: factura {{invoice.number}}', [
    hello,
    para(
      'Espero que se encuentre bien. La factura {{invoice.number}} venció el {{invoice.dueDate}} y sigue pendiente{{#if invoice.hasPayments}}: le agradezco los {{invoice.paid}} ya recibidos, por lo que quedan {{invoice.balance}} por pagar{{else}}, por un importe de {{invoice.balance}}{{/if}}.',
    ),
    para(
      'Es posible que simplemente se haya pasado por alto, así que le envío este breve recordatorio. Si necesita otra copia de la factura, no dude en pedírmela.',
    ),
    howToPay,
    para('Si ya ha realizado el pago, muchas gracias y no tenga en cuenta este mensaje.'),
    regards,
  ]),

  'follow-up': template('Factura {{invoice.number}}: {{invoice.balance}} pendientes', [
    hello,
    para(
      'Me pongo de nuevo en contacto con usted por la factura {{invoice.number}}, que venció el {{invoice.dueDate}} y lleva {{plural daysOverdue "día" "días"}} de retraso. El saldo pendiente es de {{invoice.balance}}{{#if invoice.hasPayments}} de un total de {{invoice.total}} (gracias por los {{invoice.paid}} ya abonados){{/if}}.',
    ),
    when('lastReminderDate', [
      para(
        'Le escribí al respecto el {{lastReminderDate}} y quería asegurarme de que mi mensaje le había llegado.',
      ),
    ]),
    para(
      'Si hay algo que esté retrasando el pago, prefiero que lo hablemos. Si necesita algo más de tiempo o le resulta más fácil pagar a plazos, dígamelo y buscaremos juntos una solución que le convenga.',
    ),
    para(
      '¿Podría indicarme en qué fecha tiene previsto realizar el pago? Así lo anoto y no tendré que volver a escribirle.',
    ),
    howToPay,
    regards,
  ]),

  call: template('Guion de llamada: {{client.name}}, factura {{invoice.number}}', [
    heading('Antes de llamar'),
    facts(
      row('Factura', '{{invoice.number}}'),
      row('Emitida el', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row(
        'Vencimiento',
        '{{invoice.dueDate}}{{#if daysOverdue}} (hace {{plural daysOverdue "día" "días"}}){{/if}}',
      ),
      row('Importe total', '{{invoice.total}}'),
      row('Pagado hasta ahora', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Saldo pendiente', '{{invoice.balance}}'),
      row(
        'Recordatorios enviados',
        '{{reminderCount}}{{#if lastReminderDate}}, el último el {{lastReminderDate}}{{/if}}',
      ),
      row('Compromiso anterior', 'pago antes del {{promiseDate}}', 'promiseDate'),
      row('Contacto', '{{client.name}}{{#if client.company}}, {{client.company}}{{/if}}'),
    ),
    heading('Saludo'),
    para(
      '«Buenos días, le habla {{sender.name}}, de {{sender.company}}. ¿Podría hablar con {{#if client.firstName}}{{client.name}}{{else}}la persona que se encarga de nuestras facturas{{/if}}, por favor?»',
    ),
    heading('Motivo'),
    para(
      '«Le llamo por la factura {{invoice.number}}, por importe de {{invoice.balance}}, que venció el {{invoice.dueDate}}. ¿Tiene un par de minutos?»',
    ),
    heading('Datos clave'),
    bullets(
      'Saldo pendiente: {{invoice.balance}}',
      'Vencimiento: {{invoice.dueDate}}',
      'Forma de pago: {{#if paymentInstructions}}{{paymentInstructions}}{{else}}la indicada en la factura{{/if}}',
    ),
    heading('Preguntas'),
    bullets(
      '«¿Le ha llegado la factura a la persona adecuada?»',
      '«¿Hay algo en ella que deba aclarar o corregir?»',
      '«¿Cuándo puedo contar con el pago?»',
      '«¿Le ayudaría repartir el pago en varios plazos?»',
    ),
    heading('Cómo responder'),
    bullets(
      'Se compromete a pagar en una fecha: agradézcalo, repita la fecha, anote el compromiso y anuncie que lo confirmará por correo.',
      'Paga hoy: agradézcalo, confirme el importe ({{invoice.balance}}) y los datos de pago, y anote la llamada.',
      'No ha recibido la factura: compruebe la dirección a la que enviarla, reenvíela justo después de la llamada y acuerde una fecha de pago.',
      'Pendiente de aprobación: pregunte quién la aprueba y para cuándo, ofrezca lo que necesiten y acuerde cuándo volverá a llamar.',
      'Discrepa de la factura: escuche sin discutir, pregunte qué falla exactamente, anote la discrepancia y comprométase a responder en una fecha concreta.',
      'No se le localiza: anote el intento, vuelva a llamar a otra hora del día y escriba un correo de seguimiento.',
      'Buzón de voz: deje el breve mensaje de abajo y anótelo.',
    ),
    heading('Mensaje de voz'),
    para(
      '«Buenos días, le habla {{sender.name}}, de {{sender.company}}. Le llamo por la factura {{invoice.number}}, por importe de {{invoice.balance}}. ¿Podría devolverme la llamada al {{sender.phone}} o responder a mi correo en {{sender.email}}? Muchas gracias y que tenga un buen día.»',
    ),
    heading('Para terminar'),
    para('Agradezca su tiempo y confirme por correo lo acordado.'),
  ]),

  final: template('Último aviso: factura {{invoice.number}}, pago a más tardar el {{finalDeadline}}', [
    dear,
    para(
      'Le escribo en relación con la factura {{invoice.number}}, que venció el {{invoice.dueDate}} y acumula {{plural daysOverdue "día" "días"}} de retraso.{{#if reminderCount}} Le he enviado {{plural reminderCount "recordatorio" "recordatorios"}} al respecto, el último el {{lastReminderDate}}, sin haber recibido hasta ahora ni el pago ni una fecha para realizarlo.{{/if}}',
    ),
    when(
      'fees.hasFees',
      [
        para('El importe que se adeuda ahora incluye {{fees.basis}}:'),
        facts(
          row('Saldo de la factura', '{{invoice.balance}}'),
          row('Recargo por demora', '{{fees.lateFee}}', 'fees.hasLateFee'),
          row('Intereses hasta el {{today}}', '{{fees.interest}}', 'fees.hasInterest'),
          row('Compensación fija', '{{fees.compensation}}', 'fees.hasCompensation'),
          row('Total a pagar', '{{fees.totalClaimable}}'),
        ),
        para('Le ruego que abone {{fees.totalClaimable}} a más tardar el {{finalDeadline}}.'),
      ],
      [
        para(
          'El saldo de {{invoice.balance}} sigue pendiente. Le ruego que lo abone a más tardar el {{finalDeadline}}.',
        ),
      ],
    ),
    howToPay,
    para(
      'Esta es mi última solicitud antes de dar otros pasos. Si el saldo sigue pendiente después del {{finalDeadline}}, trasladaré el asunto a una agencia de cobro o pediré asesoramiento jurídico para su reclamación{{#if fees.hasInterest}}, y los intereses seguirán devengándose hasta el pago{{/if}}. Preferiría, con mucho, resolverlo directamente con usted.',
    ),
    para(
      'Si no puede pagar el importe completo antes de esa fecha, o cree que hay algún error en la factura, póngase en contacto conmigo antes del {{finalDeadline}} para que busquemos una solución.',
    ),
    regards,
  ]),

  'plan-proposal': template('Propuesta de pago a plazos: factura {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'Entiendo que puede no ser fácil pagar {{invoice.balance}} de una sola vez, por lo que le propongo un plan de pagos para la factura {{invoice.number}}: {{plural plan.count "plazo" "plazos"}}, uno {{plan.frequency}}, a partir del {{plan.firstDate}}.',
        ),
        instalmentTable('N.º', 'Fecha', 'Importe', 'Total'),
        para(
          'Si estas fechas o importes no le vienen bien, dígame qué le resultaría posible y haré lo que pueda por adaptarme. En cuanto lo acordemos, le confirmaré el plan por escrito y no recibirá más recordatorios mientras los plazos lleguen a tiempo.',
        ),
        para('¿Podría decirme si esta propuesta le conviene?'),
      ],
      [
        para(
          'Entiendo que puede no ser fácil pagar {{invoice.balance}} de una sola vez, por lo que le propongo un plan de pagos para la factura {{invoice.number}}. Indíqueme qué importes y fechas le vendrían bien y prepararé un calendario de pagos.',
        ),
        para(
          'En cuanto lo acordemos, le confirmaré el plan por escrito y no recibirá más recordatorios mientras los plazos lleguen a tiempo.',
        ),
      ],
    ),
    howToPay,
    regards,
  ]),

  'plan-confirmation': template('Confirmación del plan de pagos: factura {{invoice.number}}', [
    hello,
    when(
      'plan.hasInstalments',
      [
        para(
          'Gracias por acordar un plan de pagos para la factura {{invoice.number}}. Tal como hablamos, el saldo se abonará en {{plural plan.count "plazo" "plazos"}}:',
        ),
        instalmentTable('N.º', 'Fecha', 'Importe', 'Total'),
      ],
      [
        para(
          'Gracias por acordar un plan de pagos para la factura {{invoice.number}}. Tal como hablamos, el saldo de {{invoice.balance}} se abonará a plazos en las fechas acordadas.',
        ),
      ],
    ),
    howToPay,
    para(
      'Mientras cada plazo llegue en su fecha, no recibirá más recordatorios sobre esta factura. Si alguna fecha se le complica, avíseme con antelación y buscaremos juntos una solución.',
    ),
    para('Gracias por su colaboración.'),
    regards,
  ]),

  'discount-offer': template('Descuento por pronto pago: factura {{invoice.number}}', [
    hello,
    para(
      'Me gustaría ofrecerle un descuento del {{discount.percent}} en la factura {{invoice.number}} si la abona a más tardar el {{discount.payBy}}.',
    ),
    facts(
      row('Saldo', '{{invoice.balance}}'),
      row('Descuento ({{discount.percent}})', '{{discount.amount}}'),
      row('Importe a pagar hasta el {{discount.payBy}}', '{{discount.discountedBalance}}'),
    ),
    howToPay,
    para(
      'Después del {{discount.payBy}}, la factura vuelve simplemente a su importe completo de {{invoice.balance}}. Si tiene cualquier pregunta, responda a este correo.',
    ),
    regards,
  ]),

  'partial-ack': template('Gracias por su pago parcial de la factura {{invoice.number}}', [
    hello,
    para(
      'Muchas gracias por su pago{{#if invoice.lastPayment}} de {{invoice.lastPayment}}{{/if}}{{#if invoice.lastPaymentDate}}, recibido el {{invoice.lastPaymentDate}}{{/if}}, correspondiente a la factura {{invoice.number}}. Así queda la factura:',
    ),
    facts(
      row('Importe de la factura', '{{invoice.total}}'),
      row('Pagado hasta ahora', '{{invoice.paid}}'),
      row('Saldo pendiente', '{{invoice.balance}}'),
    ),
    para(
      '¿Podría indicarme cuándo tiene previsto abonar los {{invoice.balance}} restantes? Si le ayuda pagarlos a plazos, lo organizamos sin problema.',
    ),
    howToPay,
    regards,
  ]),

  'thank-you': template('Gracias: factura {{invoice.number}}', [
    hello,
    when(
      'invoice.isPaid',
      [
        para(
          'Muchas gracias por su pago. La factura {{invoice.number}}, por importe de {{invoice.total}}, queda totalmente pagada.',
        ),
      ],
      [
        when(
          'invoice.hasPayments',
          [
            para(
              'Muchas gracias por su pago de la factura {{invoice.number}}. He recibido {{invoice.paid}} y quedan {{invoice.balance}} pendientes.',
            ),
          ],
          [
            para(
              'Muchas gracias por avisarme de que el pago de la factura {{invoice.number}} ({{invoice.balance}}) está en camino.',
            ),
          ],
        ),
      ],
    ),
    para(
      'Siempre es un placer trabajar con usted{{#if client.company}} y con el equipo de {{client.company}}{{/if}}, y espero con ilusión el próximo proyecto.',
    ),
    regards,
  ]),

  collections: template('Factura {{invoice.number}}: traspaso a una agencia de cobro', [
    dear,
    para(
      'Dado que la factura {{invoice.number}} sigue sin pagarse tras el plazo final del {{finalDeadline}}, he trasladado el saldo pendiente a una agencia de cobro, que se pondrá en contacto con usted a partir de ahora.',
    ),
    para(
      'Para su información, a continuación encontrará un resumen de la factura y de nuestros contactos al respecto.',
    ),
    facts(
      row('Factura', '{{invoice.number}}'),
      row('Emitida el', '{{invoice.issueDate}}', 'invoice.issueDate'),
      row('Vencimiento', '{{invoice.dueDate}}'),
      row('Importe de la factura', '{{invoice.total}}'),
      row('Pagado', '{{invoice.paid}}', 'invoice.hasPayments'),
      row('Saldo pendiente', '{{invoice.balance}}'),
      row('Gastos e intereses', '{{fees.total}}', 'fees.hasFees'),
      row('Total reclamado', '{{fees.totalClaimable}}', 'fees.hasFees'),
    ),
    when('fees.hasFees', [para('El importe reclamado incluye {{fees.basis}}.')]),
    when(
      'history.hasReminders',
      [each('Recordatorios enviados:', 'history.reminders', '{{date}}: {{step}}')],
      [
        when('reminderCount', [
          para('Recordatorios enviados: {{reminderCount}}, el último el {{lastReminderDate}}.'),
        ]),
      ],
    ),
    when('history.hasCalls', [
      each('Llamadas:', 'history.calls', '{{date}}: {{outcome}}{{#if note}} ({{note}}){{/if}}'),
    ]),
    when('history.hasPromises', [
      each('Compromisos de pago:', 'history.promises', '{{date}}: pago prometido para el {{until}}'),
    ]),
    when('history.hasPayments', [each('Pagos recibidos:', 'history.payments', '{{date}}: {{amount}}')]),
    para(
      'Si cree que se trata de un error, o si el saldo se ha pagado entretanto, responda a este correo lo antes posible para que pueda informar a la agencia.',
    ),
    regards,
  ]),
};
