import type { z } from 'zod/mini';

/**
 * The shared schema's own issues in plain Vietnamese, for the check the editor page makes before a
 * save (messages the schemas set themselves, like a stable id's, come first). The server words them
 * with Zod's Vietnamese locale; the page does not import it: Zod's locales sit in the start-up chunk
 * every page loads (zod/mini re-exports them all), so using one there costs every page ~1.3 KB.
 */
export const draftMessage: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'number' ? 'Cần một số, ví dụ 2,5.' : 'Cần điền ô này.';
		case 'too_small':
			if (issue.origin === 'string') return 'Không được để trống.';
			if (issue.origin === 'array') return `Cần ít nhất ${String(issue.minimum)}.`;
			return `Phải từ ${String(issue.minimum)} trở lên.`;
		case 'too_big':
			return issue.origin === 'string' ? `Dài quá ${String(issue.maximum)} ký tự.` : `Phải không quá ${String(issue.maximum)}.`;
		case 'invalid_format':
			return 'Sai định dạng.';
		default:
			return 'Giá trị không hợp lệ.';
	}
};
