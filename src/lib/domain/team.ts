import { z } from 'zod/mini';

/**
 * The inspection team (đoàn kiểm tra) as the decision forming it names it: each member with a role.
 * A member is an account the server knows (picked from the colleagues list the phone keeps offline)
 * or, for someone without an account, just a name and position. The signed record carries the team
 * as it is here; the biên bản prints it in role order and the trưởng đoàn signs for the team.
 */
export const TEAM_ROLES = ['lead', 'deputy', 'member', 'secretary'] as const;
export const TeamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof TeamRoleSchema>;

/** Room for the inspector and the 20 typed lines a team had before it was structured. */
export const MAX_TEAM_SIZE = 30;

export const TeamMemberSchema = z.object({
	/** The member's account; null for someone without one (named by hand). */
	accountId: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
	/** For an account: its name as the colleagues list gave it when picked. */
	name: z.string().check(z.minLength(1), z.maxLength(200)),
	/** Chức vụ (may be empty). */
	position: z.string().check(z.maxLength(200)),
	role: TeamRoleSchema
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Never empty: the inspector who makes the record is on it unless replaced by the people who were. */
export const TeamSchema = z.array(TeamMemberSchema).check(z.minLength(1), z.maxLength(MAX_TEAM_SIZE));
export type Team = z.infer<typeof TeamSchema>;

/** A colleague the phone may put on a team: an active inspector or supervisor account. */
export const ColleagueSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)), name: z.string().check(z.maxLength(200)) });
export type Colleague = z.infer<typeof ColleagueSchema>;
