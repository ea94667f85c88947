import { AgencySchema, type Agency } from '$lib/domain/agency';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '$lib/domain/checklist';
import { InvalidRecordError } from './errors';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from './canonical';

/**
 * A template as stored: validated with the shared schema, then canonical JSON and its hash. The hash
 * is what makes a published version immutable: the same content again is recognised as such.
 */
export function templateRecord(template: ChecklistTemplate): { content: string; contentHash: string } {
	const parsed = ChecklistTemplateSchema.safeParse(template);
	if (!parsed.success) {
		throw new InvalidRecordError(`Template ${template.id}@${template.version}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
	}
	const content = canonicalJson(parsed.data);
	return { content, contentHash: sha256Hex(content) };
}

/** Agencies checked with the shared schema before an upsert, flattened to columns. */
export function agencyRecords(agencies: readonly Agency[]) {
	return agencies.map((agency, index) => {
		const parsed = AgencySchema.safeParse(agency);
		if (!parsed.success) {
			throw new InvalidRecordError(`Agency ${agency.id}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, index);
		}
		const { location, ...rest } = parsed.data;
		return { ...rest, lat: location?.lat ?? null, lng: location?.lng ?? null };
	});
}
