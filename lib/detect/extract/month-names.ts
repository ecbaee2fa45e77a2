/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Italian,
 * Dutch, Portuguese, Polish, Swedish, Danish and Turkish, each mapped to its month number.
 * Words that are also common English words ("set", "out", "gen") are left out.
 */
const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan januar jänner jän janvier janv enero ene gennaio januari janeiro stycznia styczeń ocak'],
  [
    2,
    'february feb februar février fevrier févr fevr fév febrero febbraio februari fevereiro fev lutego luty şubat',
  ],
  [3, 'march mar märz maerz mär mrz mars marts marzo maart março marca marzec mart'],
  [4, 'april apr avril avr abril abr aprile kwietnia kwiecień nisan'],
  [5, 'may mai mayo maggio mei maio maja maj mayıs'],
  [6, 'june jun juni juin junio giugno giu junho czerwca czerwiec haziran'],
  [7, 'july jul juli juillet juil julio luglio lug julho lipca lipiec temmuz'],
  [8, 'august aug août aout agosto ago augustus augusti sierpnia sierpień ağustos'],
  [9, 'september sep sept septembre septiembre setiembre settembre sett setembro września wrzesień eylül'],
  [10, 'october oct oktober okt octobre octubre ottobre ott outubro października październik ekim'],
  [11, 'november nov novembre noviembre novembro listopada listopad kasım'],
  [
    12,
    'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro desember grudnia grudzień aralık',
  ],
];

const BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([month, names]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Regex source for any month name (longest first), to be used with the `iu` flags. */
export const MONTH_NAME_SOURCE = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

export function monthNumber(name: string): number | null {
  return BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}
