import type { ApiErrorBody } from '$lib/domain/apiError';

export type FieldErrors = Record<string, string[]>;

/** The plain-Vietnamese message and stable code for each status, when nothing more precise is said. */
const DEFAULTS: Record<number, { code: string; message: string }> = {
	400: { code: 'invalid-body', message: 'Dữ liệu gửi lên không hợp lệ.' },
	401: { code: 'unauthenticated', message: 'Bạn cần đăng nhập.' },
	403: { code: 'forbidden', message: 'Bạn không có quyền thực hiện việc này.' },
	404: { code: 'not-found', message: 'Không tìm thấy.' },
	405: { code: 'method-not-allowed', message: 'Địa chỉ này không nhận phương thức này.' },
	409: { code: 'conflict', message: 'Dữ liệu đã thay đổi, không thể thực hiện.' },
	413: { code: 'payload-too-large', message: 'Dữ liệu gửi lên quá lớn.' },
	415: { code: 'unsupported-media-type', message: 'Định dạng dữ liệu không được hỗ trợ.' },
	429: { code: 'rate-limited', message: 'Quá nhiều lần thử. Vui lòng đợi rồi thử lại.' },
	500: { code: 'internal', message: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.' },
	503: { code: 'unavailable', message: 'Máy chủ tạm thời không phục vụ được. Vui lòng thử lại sau.' }
};

export function defaultError(status: number): { code: string; message: string } {
	return DEFAULTS[status] ?? (status >= 500 ? (DEFAULTS[500] as { code: string; message: string }) : { code: 'error', message: 'Yêu cầu không thực hiện được.' });
}

/**
 * An error an endpoint answers on purpose. Thrown from the helpers an endpoint calls (body reading,
 * access checks) so the endpoint itself stays a straight line; `respond` turns it into the response.
 */
export class ApiError extends Error {
	readonly code: string;
	constructor(
		readonly status: number,
		code?: string,
		message?: string,
		readonly fields?: FieldErrors,
		readonly headers?: Readonly<Record<string, string>>
	) {
		const fallback = defaultError(status);
		super(message ?? fallback.message);
		this.name = 'ApiError';
		this.code = code ?? fallback.code;
	}
}

/** The one error shape of the API (see $lib/domain/apiError.ts). */
export function errorResponse(
	status: number,
	code?: string,
	message?: string,
	fields?: FieldErrors,
	headers?: Readonly<Record<string, string>>
): Response {
	const fallback = defaultError(status);
	const body: ApiErrorBody = {
		error: { code: code ?? fallback.code, message: message ?? fallback.message, ...(fields ? { fields } : {}) }
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

export function apiErrorResponse(error: ApiError): Response {
	return errorResponse(error.status, error.code, error.message, error.fields, error.headers);
}
