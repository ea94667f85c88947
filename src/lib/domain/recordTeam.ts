import { teamFromLines } from './legacyTeam';
import { MANIFEST_FORMAT, type AnyManifest } from './manifest';
import type { Team } from './team';

/** A record's team, structured whatever its format (older ones by the rule of legacyTeam.ts). */
export function recordTeam(manifest: AnyManifest): Team {
	return manifest.format === MANIFEST_FORMAT ? manifest.team : teamFromLines(manifest.inspector, manifest.team);
}
