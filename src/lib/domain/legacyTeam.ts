import type { Team, TeamMember, TeamRole } from './team';

/**
 * Teams written before the team was structured (drafts on phones, signed records /2, records sealed
 * before signing /1): the inspector who made the record, printed as trưởng đoàn, plus free-text lines
 * typed one per member ("Lê Văn Cường", "Nguyễn Văn An - Trưởng đoàn", "Phạm Dung – Chuyên viên").
 *
 * The rule, so the same old record always reads the same way and no typed text is lost:
 * 1. A line is split at its first dash with a space on each side (-, – or —): the part before is the
 *    name; the part after is the role when it is a role's name (trưởng đoàn, phó trưởng đoàn, thành
 *    viên, thư ký, in any case), otherwise the position, and the role is thành viên. A line without
 *    such a dash is a name (thành viên).
 * 2. The inspector is the first member, with their account, as trưởng đoàn; a line naming the
 *    inspector (same name, any case) gives the inspector its role and position instead of adding a
 *    second person. When another line names a trưởng đoàn, that person leads and the inspector is a
 *    thành viên: the typed line is what the inspector said.
 */
export function teamFromLines(inspector: { id: string; name: string }, lines: readonly string[]): Team {
	const typed = lines.map((line) => line.trim()).filter(Boolean).map(parseLine);
	const self = typed.findIndex((m) => sameName(m.name, inspector.name));
	const own = self >= 0 ? typed.splice(self, 1)[0] : undefined;
	const someoneElseLeads = typed.some((m) => m.role === 'lead');
	const first: TeamMember = {
		accountId: inspector.id,
		name: inspector.name.trim() || own?.name || inspector.id,
		position: own?.position ?? '',
		role: own && own.explicit ? own.role : someoneElseLeads ? 'member' : 'lead'
	};
	return [first, ...typed.map(({ name, position, role }) => ({ accountId: null, name, position, role }))];
}

const ROLE_WORDS: ReadonlyMap<string, TeamRole> = new Map([
	['trưởng đoàn', 'lead'],
	['phó trưởng đoàn', 'deputy'],
	['phó đoàn', 'deputy'],
	['thành viên', 'member'],
	['thư ký', 'secretary'],
	['thư ký đoàn', 'secretary']
]);

const SEPARATOR = /\s[-–—]\s/;

function parseLine(line: string): { name: string; position: string; role: TeamRole; explicit: boolean } {
	const match = SEPARATOR.exec(line);
	if (!match) return { name: line, position: '', role: 'member', explicit: false };
	const name = line.slice(0, match.index).trim();
	const rest = line.slice(match.index + match[0].length).trim();
	if (!name) return { name: line, position: '', role: 'member', explicit: false };
	const role = ROLE_WORDS.get(normalise(rest));
	return role ? { name, position: '', role, explicit: true } : { name, position: rest, role: 'member', explicit: false };
}

function normalise(text: string): string {
	return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function sameName(a: string, b: string): boolean {
	return normalise(a) !== '' && normalise(a) === normalise(b);
}
