import { isUtf8 } from 'node:buffer';
import type { z } from 'zod/mini';
import { ApiError } from './apiError';
import { fieldErrors } from './fieldErrors';
import { readBytes, type ReadOptions } from './readBytes';

/**
 * Reads a JSON body of at most `limit` bytes and parses it with a shared schema: 415 for another
 * content type, 413 when too large, 400 with field errors when it does not fit the schema.
 */
export async function readJson<T>(request: Request, schema: z.ZodMiniType<T>, limit: number, options: ReadOptions = {}): Promise<T> {
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
	if (type !== 'application/json') {
		throw new ApiError(415, 'unsupported-media-type', 'Dữ liệu phải gửi dạng JSON (Content-Type: application/json).');
	}
	const bytes = await readBytes(request, limit, options);
	// isUtf8 + toString: the same strictness as a fatal TextDecoder, several times faster on a 2 MB push.
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let value: unknown;
	try {
		if (!isUtf8(buffer)) throw new Error('not UTF-8');
		value = JSON.parse(buffer.toString('utf8'));
	} catch {
		throw new ApiError(400, 'invalid-json', 'Dữ liệu gửi lên không phải JSON hợp lệ (UTF-8).');
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw new ApiError(400, 'invalid-body', 'Dữ liệu gửi lên không hợp lệ.', fieldErrors(parsed.error));
	return parsed.data;
}
