import { error } from '@sveltejs/kit';
import { BODY_LIMITS } from '../http/bodyLimits';
import { ApiError } from '../http/apiError';
import { readBytes } from '../http/readBytes';

/**
 * The posted form of an admin action, at most a few kilobytes (or `limit`) however it was sent (hooks refuse a
 * larger Content-Length; a chunked body is cut off here).
 */
export async function readForm(request: Request, limit: number = BODY_LIMITS.other): Promise<FormData> {
	let bytes: Uint8Array;
	try {
		bytes = await readBytes(request, limit);
	} catch (failure) {
		if (failure instanceof ApiError) error(failure.status, failure.message);
		throw failure;
	}
	const type = request.headers.get('content-type') ?? '';
	try {
		return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
	} catch {
		// A multipart body without its boundary, cut short, or not a form at all: the sender's fault.
		error(400, 'Biểu mẫu gửi lên không đọc được.');
	}
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
