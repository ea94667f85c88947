import type { LocalizedText } from '$lib/domain/localized';

/** Raised when something tries to change a finalized, sent or approved inspection. */
export class InspectionLockedError extends Error {
	constructor(id: string) {
		super(`Inspection ${id} is locked`);
		this.name = 'InspectionLockedError';
	}
}

export class InspectionNotFoundError extends Error {
	constructor(id: string) {
		super(`Inspection ${id} not found`);
		this.name = 'InspectionNotFoundError';
	}
}

/** Storage full: IndexedDB refused the write for lack of space (the whole transaction is aborted). */
export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	if (error.name === 'QuotaExceededError') return true;
	// Dexie sometimes wraps it: AbortError with the quota error as `inner`.
	const inner = (error as { inner?: unknown }).inner;
	return inner instanceof Error && inner.name === 'QuotaExceededError';
}

/** A plain-language message for a failed save; the form keeps what was typed in memory. */
export function describeSaveError(error: unknown): LocalizedText {
	if (isQuotaError(error)) {
		return {
			vi: 'Bộ nhớ của máy đã đầy, chưa lưu được thay đổi. Nội dung vẫn còn trên màn hình; hãy giải phóng dung lượng rồi thử lại.',
			en: 'The device storage is full; the change is not saved yet. It is still on screen: free some space and try again.'
		};
	}
	if (error instanceof InspectionLockedError) {
		return {
			vi: 'Phiếu đã hoàn tất nên không thể sửa.',
			en: 'This inspection is finalized and cannot be changed.'
		};
	}
	return {
		vi: 'Chưa lưu được thay đổi vào máy. Nội dung vẫn còn trên màn hình; hãy thử lại.',
		en: 'The change could not be saved on the device. It is still on screen; please try again.'
	};
}
