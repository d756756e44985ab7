import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { readDateTime } from './engine-dates';

const TEXTS = [
  'Ya',
  'Tidak',
  'B',
  '',
  '   ',
  'am',
  'pm',
  '31/12/2021',
  '31-12-21',
  ' 1.2.2020 ',
  '12:30',
  '12:30 pm',
  '7 PM',
  '1/2',
  '-',
  ' / ',
  ':',
  '.5',
  'Nilai 60,27',
  '2021',
  'a/b',
  'A/B/C',
  'Ya/Tidak',
  ' \t12/1',
  '\u00a0-5',
  'x 12:30',
  '30/02/2021',
];
const FORMATS: [string | undefined, string | undefined][] = [
  ['DD/MM/YYYY', undefined],
  ['DD/MM/YY', 'hh:mm'],
  [undefined, 'hh:mm:ss.sss'],
  [undefined, undefined],
];

describe('dates in texts the engine compares', () => {
  it('are read exactly as HyperFormula reads them, text by text and format by format', () => {
    const own = HyperFormula.defaultConfig.parseDateTime;
    for (const text of TEXTS)
      for (const [date, time] of FORMATS)
        expect(readDateTime(text, date, time), `${text} ${date} ${time}`).toEqual(own(text, date, time));
  });

  it('still make a date typed as text equal to that date, and answers compare as before', () => {
    const hf = HyperFormula.buildFromSheets(
      { S: [['=IF("31/12/2021"=DATE(2021,12,31),1,0)', '=IF("Ya"="ya",1,0)', '=IF("Ya"="Tidak",1,0)']] },
      { licenseKey: 'gpl-v3', parseDateTime: readDateTime },
    );
    expect([0, 1, 2].map((col) => hf.getCellValue({ sheet: 0, row: 0, col }))).toEqual([1, 1, 0]);
    hf.destroy();
  });
});
