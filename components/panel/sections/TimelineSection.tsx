import { formatDate } from '../../../lib/dates/calendar.ts';
import type { TimelineEvent } from '../../../lib/ledger/types.ts';
import { describeEvent } from '../event-words.ts';

export function TimelineSection({
  events,
  currency,
  locale,
}: {
  events: TimelineEvent[];
  currency: string;
  locale: string;
}) {
  if (events.length === 0) return null;
  const newestFirst = [...events].reverse();
  return (
    <section aria-label="Timeline">
      <h3>Timeline</h3>
      <ol class="timeline" data-testid="panel-timeline">
        {newestFirst.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date, locale)}</time>
            {describeEvent(event, currency, locale)}
          </li>
        ))}
      </ol>
    </section>
  );
}
