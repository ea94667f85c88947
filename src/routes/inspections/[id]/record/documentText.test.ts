import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { administrativeDate, inItemOrder, placeName, recommendationSentence } from './documentText';

describe('the record’s date line', () => {
	it('writes the date in Vietnam time, as documents do', () => {
		// 23:30 UTC on 31 Dec is already 1 January in Vietnam.
		expect(administrativeDate('2026-12-31T23:30:00Z')).toBe('ngày 01 tháng 01 năm 2027');
	});

	it('pads days below 10 and months 1 and 2 only (Nghị định 30/2020)', () => {
		expect(administrativeDate('2026-03-05T03:00:00Z')).toBe('ngày 05 tháng 3 năm 2026');
		expect(administrativeDate('2026-02-15T03:00:00Z')).toBe('ngày 15 tháng 02 năm 2026');
	});

	it('takes the place from the province’s name', () => {
		expect(placeName('Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('Tuyên Quang');
		expect(placeName('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
		expect(placeName(undefined)).toBe('Tuyên Quang');
	});
});

describe('the recommendations on the record', () => {
	const date = (iso: string) => iso.slice(0, 10);
	it('never doubles the punctuation before the deadline, whatever the finding ended with', () => {
		expect(recommendationSentence('Niêm yết thủ tục theo quy định.', '2027-01-15T16:59:59.999Z', date)).toBe('Khắc phục: Niêm yết thủ tục theo quy định. Thời hạn: chậm nhất ngày 2027-01-15.');
		expect(recommendationSentence('Đeo thẻ công chức;  ', null, date)).toBe('Khắc phục: Đeo thẻ công chức.');
		expect(recommendationSentence('Bổ sung sổ góp ý', null, date)).toBe('Khắc phục: Bổ sung sổ góp ý.');
	});

	it('come in the order of their items in the checklist', () => {
		const template = publishedTemplates[0]!;
		const ids = template.sections.flatMap((s) => s.items.map((i) => i.id));
		const [first, second, third] = [ids[0]!, ids[5]!, ids[20]!];
		const ordered = inItemOrder(template, [{ itemId: third }, { itemId: 'gone' }, { itemId: first }, { itemId: second }]);
		expect(ordered.map((r) => r.itemId)).toEqual([first, second, third, 'gone']);
	});
});
