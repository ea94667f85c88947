import { describe, expect, it } from 'vitest';
import { teamFromLines } from './legacyTeam';

const inspector = { id: 'u-an', name: 'Nguyễn Văn An' };

describe('teams typed as free text before the team was structured', () => {
	it('keeps the inspector as trưởng đoàn and every other line as a thành viên, as the old biên bản printed them', () => {
		expect(teamFromLines(inspector, ['Lê Văn Cường', '  ', 'Phạm Thị Dung'])).toEqual([
			{ accountId: 'u-an', name: 'Nguyễn Văn An', position: '', role: 'lead' },
			{ accountId: null, name: 'Lê Văn Cường', position: '', role: 'member' },
			{ accountId: null, name: 'Phạm Thị Dung', position: '', role: 'member' }
		]);
	});

	it('an empty team is the inspector alone, leading', () => {
		expect(teamFromLines(inspector, [])).toEqual([{ accountId: 'u-an', name: 'Nguyễn Văn An', position: '', role: 'lead' }]);
	});

	it('reads a typed role after a dash, and keeps any other text after it as the position', () => {
		expect(teamFromLines(inspector, ['Lê Văn Cường - Thư ký', 'Phạm Thị Dung – Chuyên viên Sở Nội vụ', 'Hoàng Minh — PHÓ TRƯỞNG ĐOÀN'])).toEqual([
			{ accountId: 'u-an', name: 'Nguyễn Văn An', position: '', role: 'lead' },
			{ accountId: null, name: 'Lê Văn Cường', position: '', role: 'secretary' },
			{ accountId: null, name: 'Phạm Thị Dung', position: 'Chuyên viên Sở Nội vụ', role: 'member' },
			{ accountId: null, name: 'Hoàng Minh', position: '', role: 'deputy' }
		]);
	});

	it('a line naming the inspector is the inspector, not a second person (the garbled "An - Trưởng đoàn – Thành viên")', () => {
		expect(teamFromLines(inspector, ['nguyễn văn an - Trưởng đoàn', 'Lê Văn Cường'])).toEqual([
			{ accountId: 'u-an', name: 'Nguyễn Văn An', position: '', role: 'lead' },
			{ accountId: null, name: 'Lê Văn Cường', position: '', role: 'member' }
		]);
	});

	it('when another line names the trưởng đoàn, that person leads and the inspector is a member', () => {
		const team = teamFromLines(inspector, ['Trần Thị Bình - Trưởng đoàn']);
		expect(team.map((m) => [m.name, m.role])).toEqual([
			['Nguyễn Văn An', 'member'],
			['Trần Thị Bình', 'lead']
		]);
	});

	it('never loses typed text: a dash without a name before it stays the whole line', () => {
		expect(teamFromLines(inspector, ['- Thành viên', 'A-B Nguyễn'])).toMatchObject([
			{ role: 'lead' },
			{ name: '- Thành viên', position: '', role: 'member' },
			{ name: 'A-B Nguyễn', position: '', role: 'member' }
		]);
	});
});
