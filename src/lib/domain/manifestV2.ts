import { z } from 'zod/mini';
import { InspectionManifestSchema, MANIFEST_FORMAT, TEAM_TEXT_MANIFEST_FORMAT, type InspectionManifest, type TeamTextManifest } from './manifest';
import { teamFromLines } from './legacyTeam';

/**
 * The signed record as phones made it before the team was structured (/2): the same fields, the
 * team as free-text lines. A phone that sealed one before updating still sends it as it is (its text
 * is signed and cannot change), so the server accepts it and reads it as the current format.
 */
export const TeamTextManifestSchema = z.extend(InspectionManifestSchema, {
	format: z.literal(TEAM_TEXT_MANIFEST_FORMAT),
	team: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(20))
});

/**
 * A /2 record read as the current format: the team by the rule of legacyTeam.ts, all else as it is.
 * Only for reading: the record's text, hash and signature stay those of the /2 text.
 */
export function fromTeamTextManifest(manifest: TeamTextManifest): InspectionManifest {
	return { ...manifest, format: MANIFEST_FORMAT, team: teamFromLines(manifest.inspector, manifest.team) };
}
