import type { LocalizedText } from '$lib/domain/localized';

/** What a supervisor page got from the server: the data, or why not, in words for the page. */
export type Fetched<T> = { ok: true; data: T } | { ok: false; offline: boolean; status: number; message: LocalizedText };

const OFFLINE: LocalizedText = {
	vi: 'Không kết nối được máy chủ. Trang của người giám sát cần mạng; hãy kiểm tra kết nối rồi tải lại.',
	en: 'The server cannot be reached. Supervisor pages need the network; check the connection and reload.'
};

function failure(status: number): LocalizedText {
	if (status === 401) return { vi: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.', en: 'Your session has expired. Please sign in again.' };
	if (status === 403) return { vi: 'Tài khoản này không có quyền xem trang này.', en: 'This account may not see this page.' };
	if (status === 404) return { vi: 'Không tìm thấy (hoặc ngoài phạm vi phụ trách).', en: 'Not found (or outside your jurisdiction).' };
	return { vi: `Máy chủ báo lỗi (${status}). Hãy thử lại sau.`, en: `The server reported an error (${status}). Try again later.` };
}

/**
 * GET a JSON API with the session cookie. Supervisor pages are online pages: nothing is cached on
 * the device, so "offline" is a state the page shows plainly rather than an error.
 * `parse` validates the body with the shared schema (throws on a shape the page cannot show).
 */
export async function fetchApi<T>(fetcher: typeof fetch, url: string, parse: (body: unknown) => T): Promise<Fetched<T>> {
	if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, offline: true, status: 0, message: OFFLINE };
	let response: Response;
	try {
		response = await fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
	} catch {
		return { ok: false, offline: true, status: 0, message: OFFLINE };
	}
	if (!response.ok) return { ok: false, offline: false, status: response.status, message: failure(response.status) };
	return { ok: true, data: parse(await response.json()) };
}

/** POST/PATCH JSON; the error body's message (Vietnamese from the server) is passed on. */
export async function sendApi(method: 'POST' | 'PATCH' | 'PUT', url: string, body: unknown): Promise<{ ok: true; body: unknown } | { ok: false; message: LocalizedText }> {
	let response: Response;
	try {
		response = await fetch(url, { method, credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	} catch {
		return { ok: false, message: OFFLINE };
	}
	const parsed: unknown = await response.json().catch(() => null);
	if (response.ok) return { ok: true, body: parsed };
	const serverMessage = parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string' ? parsed.message : null;
	return { ok: false, message: serverMessage ? { vi: serverMessage, en: serverMessage } : failure(response.status) };
}
