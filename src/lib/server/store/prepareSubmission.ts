import { z } from 'zod/mini';
import type { AnyManifest } from '$lib/domain/manifest';
import { InvalidRecordError } from './errors';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { SHA256_HEX, sha256Hex } from './canonical';
import type { SubmissionInput } from './records';

// Compiled by Zod into one generated validator (server only; see sync/pushSchema.ts): it runs for every item.
const SubmissionFieldsSchema = z.compile(z.object({
	inspectionId: z.uuid(),
	revision: z.int().check(z.positive()),
	inspectorId: z.string().check(z.minLength(1)),
	agencyId: z.string().check(z.minLength(1)),
	templateId: z.string().check(z.minLength(1)),
	templateVersion: z.int().check(z.positive()),
	deviceTime: z.string().check(z.minLength(1), z.maxLength(64)),
	photoHashes: z.array(z.string().check(z.regex(SHA256_HEX))),
	contentHash: z.optional(z.string().check(z.regex(SHA256_HEX)))
}));

/** A submission checked and reduced to what both stores write. */
export interface PreparedSubmission {
	inspectionId: string;
	revision: number;
	inspectorId: string;
	agencyId: string;
	templateId: string;
	templateVersion: number;
	deviceTime: string;
	content: string;
	contentHash: string;
	photoHashes: string[];
	/** See SubmissionInput.manifest. */
	manifest?: AnyManifest;
}

/**
 * Checks one batch item before the transaction writes anything, so a bad item aborts the batch with
 * a message that names it. The endpoint has already parsed the inspection with the shared schema;
 * this guards the store's own invariants whatever the caller.
 */
export function prepareSubmission(input: SubmissionInput, index: number): PreparedSubmission {
	const fields = SubmissionFieldsSchema.safeParse(input);
	if (!fields.success) {
		const issue = fields.error.issues[0];
		throw new InvalidRecordError(`Batch item ${index}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`, index);
	}
	let content: string;
	try {
		content = canonicalJson(input.content);
	} catch (error) {
		throw new InvalidRecordError(`Batch item ${index}: content is not JSON (${(error as Error).message})`, index);
	}
	return {
		...fields.data,
		// UUIDs compare as text in SQLite: one spelling everywhere.
		inspectionId: fields.data.inspectionId.toLowerCase(),
		content,
		contentHash: fields.data.contentHash ?? sha256Hex(content),
		photoHashes: [...new Set(fields.data.photoHashes)],
		...(input.manifest ? { manifest: input.manifest } : {})
	};
}
