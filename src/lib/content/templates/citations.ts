import type { Citation, Confidence } from '$lib/domain/citation';

/**
 * The legal texts the checklists cite, from the project's legal research (shared/docs/legal-basis.md).
 * Confidence marks are copied from that file per citation (V read in full, S from a summary, U unverified).
 * Where an effective date is not certain, the text's note says so: notes are shown to users.
 */
export interface LegalText {
	document: string;
	title: string;
	effectiveFrom: string;
	effectiveTo?: string;
	/** Added to every citation of this text (date to verify, replacement, scope). */
	note?: string;
}

export interface Pinpoint {
	article?: string;
	clause?: string;
	point?: string;
	confidence: Confidence;
	note?: string;
}

export function cite(text: LegalText, at: Pinpoint): Citation {
	const note = [at.note, text.note].filter((part): part is string => Boolean(part)).join(' ');
	return {
		document: text.document,
		title: text.title,
		...(at.article ? { article: at.article } : {}),
		...(at.clause ? { clause: at.clause } : {}),
		...(at.point ? { point: at.point } : {}),
		effectiveFrom: text.effectiveFrom,
		...(text.effectiveTo ? { effectiveTo: text.effectiveTo } : {}),
		confidence: at.confidence,
		...(note ? { note } : {})
	};
}

/** The day before the 2025 reform texts (Luật 80/2025, NĐ 118/2025, NĐ 172/2025) took effect. */
export const BEFORE_REFORM_2025 = '2025-06-30';

// —— Civil service, discipline ——

export const LUAT_CBCC_2025: LegalText = {
	document: 'Luật 80/2025/QH15',
	title: 'Luật Cán bộ, công chức',
	effectiveFrom: '2025-07-01'
};

export const ND_172_2025: LegalText = {
	document: 'NĐ 172/2025/NĐ-CP',
	title: 'Nghị định quy định về xử lý kỷ luật cán bộ, công chức',
	effectiveFrom: '2025-07-01'
};

export const QD_129_2007: LegalText = {
	document: 'QĐ 129/2007/QĐ-TTg',
	title: 'Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước',
	effectiveFrom: '2007-09-02',
	note: 'Số điều là điều của Quy chế ban hành kèm theo Quyết định. Quyết định ký ngày 02/8/2007, hiệu lực sau 15 ngày kể từ ngày đăng Công báo: ngày hiệu lực ghi gần đúng, cần kiểm tra.'
};

export const QD_06_2008_BNV: LegalText = {
	document: 'QĐ 06/2008/QĐ-BNV',
	title: 'Quy định mẫu thẻ và việc quản lý, sử dụng thẻ của cán bộ, công chức, viên chức',
	effectiveFrom: '2008-12-15',
	note: 'Ngày ban hành, ngày hiệu lực ghi gần đúng, cần kiểm tra.'
};

export const CT_05_2008: LegalText = {
	document: 'Chỉ thị 05/2008/CT-TTg',
	title: 'Chỉ thị về nâng cao hiệu quả sử dụng thời giờ làm việc của cán bộ, công chức, viên chức nhà nước',
	effectiveFrom: '2008-01-31',
	note: 'Ngày ký 31/01/2008 (cần kiểm tra).'
};

export const CT_26_2016: LegalText = {
	document: 'Chỉ thị 26/CT-TTg',
	title: 'Chỉ thị về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp',
	effectiveFrom: '2016-09-05'
};

export const QD_1847_2018: LegalText = {
	document: 'QĐ 1847/QĐ-TTg',
	title: 'Đề án Văn hóa công vụ',
	effectiveFrom: '2018-12-27'
};

export const QD_3509_2025_CT: LegalText = {
	document: 'QĐ 3509/QĐ-CT',
	title: 'Quy tắc ứng xử của công chức, người lao động ngành Thuế',
	effectiveFrom: '2025-11-17',
	note: 'Văn bản nội bộ của Cục Thuế (ký ngày 17/11/2025): áp dụng trực tiếp cho cơ quan thuế, với cơ quan khác chỉ để tham khảo cách diễn đạt. Ngày hiệu lực lấy theo ngày ký, cần kiểm tra.'
};

// —— Administrative procedures, one-stop shop ——

export const ND_61_2018: LegalText = {
	document: 'NĐ 61/2018/NĐ-CP',
	title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
	effectiveFrom: '2018-06-21',
	effectiveTo: BEFORE_REFORM_2025,
	note: 'Được kế tiếp bởi NĐ 118/2025/NĐ-CP từ 01/7/2025; chỉ áp dụng cho cuộc kiểm tra trước ngày đó.'
};

export const ND_118_2025: LegalText = {
	document: 'NĐ 118/2025/NĐ-CP',
	title: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
	effectiveFrom: '2025-07-01'
};

/** NĐ 118/2025 where legal-basis.md names no article: U, with the NĐ 61/2018 article it succeeds. */
export function nd118Successor(nd61Reference: string): Citation {
	return cite(ND_118_2025, {
		confidence: 'U',
		note: `Văn bản kế tiếp NĐ 61/2018/NĐ-CP (${nd61Reference}); chưa xác định điều, khoản tương ứng trong NĐ 118/2025/NĐ-CP, cần kiểm tra.`
	});
}

export const ND_63_2010: LegalText = {
	document: 'NĐ 63/2010/NĐ-CP',
	title: 'Nghị định về kiểm soát thủ tục hành chính',
	effectiveFrom: '2010-06-14',
	note: 'Đã được sửa đổi, bổ sung bởi NĐ 92/2017/NĐ-CP.'
};

export const TT_02_2017_VPCP: LegalText = {
	document: 'TT 02/2017/TT-VPCP',
	title: 'Thông tư hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính',
	effectiveFrom: '2017-12-15',
	note: 'Ban hành ngày 31/10/2017; ngày hiệu lực cần kiểm tra.'
};

export const TT_01_2018_VPCP: LegalText = {
	document: 'TT 01/2018/TT-VPCP',
	title: 'Thông tư hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông',
	effectiveFrom: '2019-01-08',
	note: 'Ban hành ngày 23/11/2018, hiệu lực từ 08/01/2019 (cần kiểm tra). Có thể đã được thay thế một phần bởi TT 03/2025/TT-VPCP (chưa xác minh).'
};

// —— Alcohol, tobacco, fines ——

export const LUAT_RUOU_BIA: LegalText = {
	document: 'Luật 44/2019/QH14',
	title: 'Luật Phòng, chống tác hại của rượu, bia',
	effectiveFrom: '2020-01-01'
};

export const ND_117_2020: LegalText = {
	document: 'NĐ 117/2020/NĐ-CP',
	title: 'Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực y tế',
	effectiveFrom: '2020-11-15',
	note: 'Mức phạt, để tham khảo.'
};

export const ND_100_2019: LegalText = {
	document: 'NĐ 100/2019/NĐ-CP',
	title: 'Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt',
	effectiveFrom: '2020-01-01',
	effectiveTo: '2024-12-31',
	note: 'Được thay thế bởi NĐ 168/2024/NĐ-CP từ 01/01/2025. Mức phạt, để tham khảo.'
};

export const ND_168_2024: LegalText = {
	document: 'NĐ 168/2024/NĐ-CP',
	title: 'Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ',
	effectiveFrom: '2025-01-01',
	note: 'Thay thế NĐ 100/2019/NĐ-CP. Mức phạt, để tham khảo.'
};

export const LUAT_THUOC_LA: LegalText = {
	document: 'Luật 09/2012/QH13',
	title: 'Luật Phòng, chống tác hại của thuốc lá',
	effectiveFrom: '2013-05-01'
};

export const TT_11_2023_BYT: LegalText = {
	document: 'TT 11/2023/TT-BYT',
	title: 'Thông tư quy định về việc thực hiện địa điểm cấm hút thuốc lá và xét tặng giải thưởng môi trường không thuốc lá',
	effectiveFrom: '2023-08-01',
	note: 'Ban hành ngày 11/5/2023, hiệu lực từ 01/8/2023 (theo tin báo chí, cần đối chiếu toàn văn).'
};

// —— Meetings ——

export const QD_45_2018: LegalText = {
	document: 'QĐ 45/2018/QĐ-TTg',
	title: 'Quy định chế độ họp trong hoạt động quản lý, điều hành của cơ quan thuộc hệ thống hành chính nhà nước',
	effectiveFrom: '2018-12-25',
	note: 'Ban hành ngày 09/11/2018; ngày hiệu lực cần kiểm tra.'
};

export const ND_315_2025: LegalText = {
	document: 'NĐ 315/2025/NĐ-CP',
	title: 'Nghị định về chế độ làm việc của Ủy ban nhân dân cấp xã (tên đầy đủ cần kiểm tra)',
	effectiveFrom: '2026-01-01',
	note: 'Tên đầy đủ và ngày hiệu lực chưa xác minh: ngày hiệu lực ghi tạm, cần kiểm tra.'
};

// —— Feedback, citizen reception ——

export const ND_20_2008: LegalText = {
	document: 'NĐ 20/2008/NĐ-CP',
	title: 'Nghị định về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
	effectiveFrom: '2008-02-14',
	note: 'Đã được sửa đổi, bổ sung bởi NĐ 48/2013/NĐ-CP. Ngày ghi là ngày ban hành 14/02/2008; hiệu lực sau 15 ngày kể từ ngày đăng Công báo, cần kiểm tra.'
};

export const LUAT_TIEP_CONG_DAN: LegalText = {
	document: 'Luật 42/2013/QH13',
	title: 'Luật Tiếp công dân',
	effectiveFrom: '2014-07-01'
};

export const ND_64_2014: LegalText = {
	document: 'NĐ 64/2014/NĐ-CP',
	title: 'Nghị định quy định chi tiết một số điều của Luật Tiếp công dân',
	effectiveFrom: '2014-08-15',
	note: 'Ban hành ngày 26/6/2014; ngày hiệu lực cần kiểm tra.'
};
