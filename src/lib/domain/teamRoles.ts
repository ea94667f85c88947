import type { LocalizedText } from './localized';
import type { Team, TeamMember, TeamRole } from './team';

/** Role names: Vietnamese as the biên bản prints them (capitalised), English for the interface. */
export const TEAM_ROLE_TEXT: Readonly<Record<TeamRole, LocalizedText>> = {
	lead: { vi: 'Trưởng đoàn', en: 'Head of the team' },
	deputy: { vi: 'Phó Trưởng đoàn', en: 'Deputy head' },
	member: { vi: 'Thành viên', en: 'Member' },
	secretary: { vi: 'Thư ký', en: 'Secretary' }
};

const ROLE_ORDER: Readonly<Record<TeamRole, number>> = { lead: 0, deputy: 1, member: 2, secretary: 3 };

/** The team as a decision lists it: trưởng đoàn, phó trưởng đoàn, thành viên, thư ký; as entered within a role. */
export function inRoleOrder(team: Team): TeamMember[] {
	return team.map((member, index) => ({ member, index })).sort((a, b) => ROLE_ORDER[a.member.role] - ROLE_ORDER[b.member.role] || a.index - b.index).map((x) => x.member);
}

/** Who signs for the team: the (first) trưởng đoàn; null when the team has none. */
export function teamLead(team: Team): TeamMember | null {
	return team.find((m) => m.role === 'lead') ?? null;
}

/** The team on one line, in role order: "Nguyễn Văn An (Trưởng đoàn), Lê Văn Cường (Thành viên)". */
export function teamLine(team: Team, locale: 'vi' | 'en'): string {
	return inRoleOrder(team)
		.map((m) => `${m.name} (${TEAM_ROLE_TEXT[m.role][locale]}${m.position ? `, ${m.position}` : ''})`)
		.join('; ');
}
