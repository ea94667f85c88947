import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv';

describe('csv', () => {
	it('quotes only what needs it, doubles quotes and uses CRLF, with a BOM first', () => {
		expect(csvField('Sở Nội vụ')).toBe('Sở Nội vụ');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('nói "không"')).toBe('"nói ""không"""');
		expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
		expect(csvField(null)).toBe('');
		expect(csvField(0.75)).toBe('0.75');
		expect(toCsv(['Mã', 'Ghi chú'], [['1', 'x,y']])).toBe(`${BOM}Mã,Ghi chú\r\n1,"x,y"\r\n`);
	});

	it('defuses spreadsheet formulas in text', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField(-1)).toBe('-1');
	});
});
