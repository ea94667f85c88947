import { error } from '@sveltejs/kit';
import { z } from 'zod/mini';
import { AgencySchema } from '$lib/domain/agency';
import { ChecklistTemplateSchema } from '$lib/domain/checklist';
import { TemplateDraftSchema } from '$lib/domain/templateDraft';
import { ThemeRecordSchema } from '$lib/domain/theme';
import { DeviceViewSchema } from '$lib/domain/device';
import { UserRoleSchema } from '$lib/domain/session';
import { LedgerHeadSchema } from '$lib/domain/sync';

/**
 * What the admin pages show, as the /api/admin/* endpoints send it, checked when it arrives. The
 * pages' loads fetch it (on the server when the page is rendered there, in the browser when moving
 * between admin pages) instead of using server loads: with no server load anywhere in the app,
 * SvelteKit leaves its server-data client code (devalue, __data.json) out of every page.
 */

export const AgencyOptionSchema = z.object({ id: z.string(), label: z.string() });

export const AccountListSchema = z.object({
	users: z.array(
		z.object({
			id: z.string(),
			username: z.string(),
			displayName: z.string(),
			role: UserRoleSchema,
			/** The jurisdiction's name, for the list. */
			jurisdiction: z.nullable(z.string()),
			disabled: z.boolean()
		})
	)
});

/** The server's evidence ledger: its head, printed on every biên bản, and what it accounts for. */
export const LedgerSummarySchema = z.object({
	head: z.nullable(LedgerHeadSchema),
	counts: z.object({ submissions: z.number(), events: z.number(), recommendations: z.number(), devices: z.number() })
});

export const AccountOptionsSchema = z.object({
	agencies: z.array(AgencyOptionSchema),
	passwordMinLength: z.number()
});

export const AccountDetailSchema = z.object({
	user: z.object({
		id: z.string(),
		username: z.string(),
		displayName: z.string(),
		role: UserRoleSchema,
		jurisdictionId: z.nullable(z.string()),
		disabled: z.boolean()
	}),
	isSelf: z.boolean(),
	agencies: z.array(AgencyOptionSchema),
	passwordMinLength: z.number(),
	secondFactor: z.object({
		enrolled: z.boolean(),
		enrolledAt: z.nullable(z.string()),
		recoveryCodesLeft: z.number(),
		required: z.boolean()
	}),
	/** Newest first; `action` is kept as text so a newer server's actions still show. */
	trail: z.array(z.object({ action: z.string(), at: z.string(), actor: z.nullable(z.string()) })),
	/** The phones whose keys sign this account's records, oldest first. */
	devices: z.array(DeviceViewSchema)
});

/** GET an admin endpoint; its refusal (401, 403, 404) becomes the page's error, with its message. */
export async function fetchAdmin<T>(fetcher: typeof fetch, path: string, schema: z.ZodMiniType<T>): Promise<T> {
	const response = await fetcher(path, { headers: { accept: 'application/json' } });
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) error(response.status, errorMessage(body) ?? 'Không tải được dữ liệu quản trị.');
	const parsed = schema.safeParse(body);
	if (!parsed.success) error(502, 'Máy chủ trả lời không đúng dạng.');
	return parsed.data;
}

function errorMessage(body: unknown): string | null {
	if (typeof body !== 'object' || body === null || !('error' in body)) return null;
	const { error: detail } = body;
	return typeof detail === 'object' && detail !== null && 'message' in detail && typeof detail.message === 'string' ? detail.message : null;
}

/** The agency tree and its change log, newest first (of one agency when the page has one selected). */
export const AgencyAdminSchema = z.object({
	agencies: z.array(AgencySchema),
	changes: z.array(
		z.object({
			id: z.number(),
			agencyId: z.string(),
			/** The administrator's name. */
			actor: z.string(),
			source: z.string(),
			at: z.string(),
			before: z.nullable(AgencySchema),
			after: AgencySchema,
			effectiveOn: z.optional(z.string())
		})
	)
});
export type AgencyAdmin = z.infer<typeof AgencyAdminSchema>;

/** Every template version, draft and theme, and the retired templates, for /admin/templates. */
export const TemplateAdminSchema = z.object({
	templates: z.array(ChecklistTemplateSchema),
	drafts: z.array(TemplateDraftSchema),
	themes: z.array(ThemeRecordSchema),
	retired: z.array(z.object({ templateId: z.string(), retiredAt: z.string(), retiredBy: z.string() }))
});
