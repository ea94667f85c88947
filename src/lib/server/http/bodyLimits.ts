import { MAX_PHOTO_UPLOAD_BYTES, MAX_PUSH_BYTES } from '$lib/domain/push';
import { MAX_THUMBNAIL_BYTES } from '../store/thumbnailCheck';

const KB = 1024;

/**
 * The largest request body each route takes. adapter-node's BODY_SIZE_LIMIT (12M from `npm start`)
 * is only the outer fence, sized for the photo upload; every route has its own, far smaller limit
 * here, checked on Content-Length in hooks.server.ts and again while reading the stream.
 */
export const BODY_LIMITS = {
	login: 4 * KB,
	push: MAX_PUSH_BYTES,
	photo: MAX_PHOTO_UPLOAD_BYTES,
	/** A photo's thumbnail (thumbnailCheck.ts: at most 64 KB). */
	thumbnail: MAX_THUMBNAIL_BYTES,
	/** 2,000 hashes of 64 hex digits in JSON. */
	missingPhotos: 256 * KB,
	/**
	 * One inspection of an exported file with its photos as base64 (a phone keeps photos under 400 KB,
	 * so this is ~25 of them), just under adapter-node's outer fence of 12M.
	 */
	importItem: 11 * 1024 * KB,
	/** A plan: 200 visits with teams of up to 30 named people (~1 MB at the very most). */
	plan: 1024 * KB,
	/** A comment and one comment per checklist item. */
	review: 512 * KB,
	/**
	 * The agency spreadsheet an administrator imports (and the checked rows posted back to apply it):
	 * 5,000 agencies are about 0.5 MB as CSV.
	 */
	agencySheet: 4 * 1024 * KB,
	/** A checklist workbook (the full checklist is about 60 KB as .xlsx). */
	templateWorkbook: 2 * 1024 * KB,
	/** A draft saved from the item editor, as JSON (the full checklist is about 100 KB). */
	templateDraft: 1024 * KB,
	/** Admin forms and anything else: a few fields. */
	other: 64 * KB
} as const;

export function bodyLimitFor(method: string, pathname: string): number {
	if (method === 'PUT' && /^\/api\/photos\/[^/]+$/.test(pathname)) return BODY_LIMITS.photo;
	if (method === 'PUT' && /^\/api\/photos\/[^/]+\/thumbnail$/.test(pathname)) return BODY_LIMITS.thumbnail;
	if (pathname === '/api/sync/push') return BODY_LIMITS.push;
	if (pathname === '/api/sync/import') return BODY_LIMITS.importItem;
	if (pathname === '/api/photos/missing') return BODY_LIMITS.missingPhotos;
	if (pathname === '/api/auth/login' || pathname.startsWith('/api/auth/second-factor')) return BODY_LIMITS.login;
	if (pathname.startsWith('/api/review/')) return BODY_LIMITS.review;
	if (pathname === '/admin/agencies') return BODY_LIMITS.agencySheet;
	if (pathname === '/admin/templates') return BODY_LIMITS.templateWorkbook;
	if (pathname === '/api/admin/templates/draft') return BODY_LIMITS.templateDraft;
	return BODY_LIMITS.other;
}
