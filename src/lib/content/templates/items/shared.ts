/** Building blocks every theme's items share. */

export const COMPLIANCE = { kind: 'compliance' } as const;
export const NOTE = { note: true, photo: false } as const;
export const NOTE_PHOTO = { note: true, photo: true } as const;
export const NOTHING = { note: false, photo: false } as const;

export const NOT_LOCATED = 'Nguồn tổng hợp chưa ghi điều (chỉ có nội dung theo bản tóm tắt); cần xác định điều, khoản.';
export const QD_45_ARTICLE_U =
	'Theo nguồn tổng hợp: nội dung theo bản tóm tắt (S) nhưng chưa xác định điều (U); cần đối chiếu toàn văn QĐ 45/2018/QĐ-TTg.';
export const TOBACCO_MAPPING =
	'Nguồn tổng hợp dẫn chung Điều 1 khoản 3 điểm a, Điều 3, Điều 5 khoản 1 cho nhóm nội dung về thuốc lá; việc gắn từng điều với từng mục cần đối chiếu.';
export const RECEPTION_MAPPING =
	'Nguồn tổng hợp dẫn chung Luật Tiếp công dân Điều 19 khoản 1, Điều 24 khoản 2, 4 và NĐ 64/2014 Điều 5 cho nhóm nội dung này.';
