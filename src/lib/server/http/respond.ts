import { isHttpError, isRedirect } from '@sveltejs/kit';
import {
	InvalidRecordError,
	NotFoundError,
	OversizedPhotoError,
	PhotoHashMismatchError,
	PlanConflictError,
	StoreError,
	TemplateConflictError,
	UnreadablePhotoError,
	UnsupportedPhotoError,
	VisitHasInspectionError,
	VisitHasDocumentError,
	VisitDocumentReplacedError
} from '../store/errors';
import { HashPoolBusyError } from '../auth/hashPool';
import { ApiError, apiErrorResponse, errorResponse } from './apiError';

/**
 * Runs an endpoint's body and turns whatever it throws into the API's error shape. Typed store
 * failures map to their statuses; anything unexpected is logged here and answered as a bare 500,
 * so no stack trace or internal message ever reaches a client.
 */
export async function respond(run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (error) {
		return errorToResponse(error);
	}
}

export function errorToResponse(error: unknown): Response {
	if (error instanceof ApiError) return apiErrorResponse(error);
	if (error instanceof HashPoolBusyError) {
		return errorResponse(503, 'busy', 'Máy chủ đang xử lý nhiều lượt đăng nhập. Hãy thử lại sau vài giây.', undefined, {
			'retry-after': String(error.retryAfterSeconds)
		});
	}
	if (error instanceof StoreError) {
		const mapped = storeErrorResponse(error);
		if (mapped) return mapped;
	}
	// error() / redirect() from SvelteKit inside an endpoint still get the API's shape.
	if (isHttpError(error)) return errorResponse(error.status);
	if (isRedirect(error)) return new Response(null, { status: error.status, headers: { location: error.location } });
	console.error('Unexpected error in an API endpoint:', error);
	return errorResponse(500);
}

function storeErrorResponse(error: StoreError): Response | null {
	if (error instanceof PhotoHashMismatchError) {
		return errorResponse(400, 'photo-hash-mismatch', 'Ảnh nhận được không khớp với mã SHA-256 của nó (ảnh hỏng hoặc gửi chưa hết). Hãy gửi lại.');
	}
	if (error instanceof OversizedPhotoError) {
		return errorResponse(
			413,
			'photo-too-large',
			`Ảnh ${error.width}×${error.height} điểm ảnh lớn hơn ${error.maxSide} điểm ảnh mỗi cạnh. Ứng dụng tự thu nhỏ ảnh trước khi gửi; hãy chụp hoặc chọn lại ảnh trong ứng dụng.`
		);
	}
	if (error instanceof UnreadablePhotoError) {
		return errorResponse(415, 'photo-unreadable', 'Ảnh không đọc được: tệp JPEG/PNG/WebP bị hỏng hoặc không đầy đủ.');
	}
	if (error instanceof UnsupportedPhotoError) {
		return errorResponse(415, 'photo-unsupported', 'Chỉ nhận ảnh JPEG, PNG hoặc WebP đúng như loại đã khai báo (ảnh HEIC của iPhone chưa đọc được).');
	}
	if (error instanceof NotFoundError) return errorResponse(404);
	if (error instanceof TemplateConflictError) return errorResponse(409);
	if (error instanceof PlanConflictError) return errorResponse(409, 'plan-conflict', 'Kế hoạch vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
	if (error instanceof VisitHasInspectionError) return errorResponse(409, 'visit-has-inspection', 'Không thể bỏ đợt kiểm tra đã có phiếu kiểm tra.');
	if (error instanceof VisitHasDocumentError) return errorResponse(409, 'visit-has-document', 'Không thể bỏ đợt kiểm tra đã ban hành quyết định hoặc thông báo.');
	if (error instanceof VisitDocumentReplacedError) {
		return errorResponse(409, 'visit-document-replaced', 'Văn bản này đã được thay thế; hãy mở văn bản thay thế nó để sửa tiếp.');
	}
	if (error instanceof InvalidRecordError) return errorResponse(400);
	return null;
}
