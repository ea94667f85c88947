import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, LUAT_CBCC_2025, ND_61_2018, ND_118_2025, TT_01_2018_VPCP } from '../citations';
import { COMPLIANCE, NOTE } from './shared';

/** Theme 8: IT use and online services. */
export const DIGITAL_ITEMS = {
	digitalTools: {
		id: 'it-services.digital-tools',
		text: {
			vi: 'Cán bộ, công chức sử dụng công cụ số trong công việc (văn bản điện tử, chữ ký số, hệ thống quản lý văn bản)',
			en: 'Staff use digital tools in their work (electronic documents, digital signatures, document management system)'
		},
		guidance: {
			vi: 'Xem tỷ lệ văn bản đi được ký số và gửi điện tử trên hệ thống quản lý văn bản; hỏi 2–3 công chức cách xử lý văn bản đến. Vi phạm: vẫn xử lý chủ yếu bằng giấy dù đã có hệ thống; công chức không biết dùng chữ ký số đã được cấp.',
			en: 'Check the share of outgoing documents signed digitally and sent electronically; ask 2–3 officials how they handle incoming papers. Violation: mostly paper work although the system exists; staff unable to use the digital signature issued to them.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_CBCC_2025, { article: 'Điều 7', clause: 'khoản 1', confidence: 'V' })]
	},
	publicComputers: {
		id: 'it-services.public-computers',
		text: {
			vi: 'Có máy tính kết nối Internet dành cho người dân; công chức hướng dẫn, hỗ trợ nộp hồ sơ trực tuyến, kể cả người không sử dụng được phương tiện điện tử',
			en: 'Internet-connected computers are available to citizens; staff help people file online, including those who cannot use electronic means'
		},
		guidance: {
			vi: 'Thử dùng máy tính công cộng truy cập Cổng Dịch vụ công; quan sát cách phục vụ người cao tuổi, người không dùng điện thoại thông minh. Vi phạm: không có máy, máy hỏng hoặc mất mạng; không ai hỗ trợ khi người dân cần; buộc người dân tự nộp trực tuyến mà không hướng dẫn.',
			en: 'Try the public computer on the public-service portal; watch how elderly people or those without a smartphone are served. Violation: no computer, or one broken or offline; nobody helping when asked; citizens forced to file online on their own without guidance.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 8', clause: 'khoản 1', point: 'điểm a, c', confidence: 'V' }),
			cite(ND_61_2018, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 8', clause: 'khoản 1', confidence: 'S' }),
			cite(ND_118_2025, { article: 'Điều 13', confidence: 'S' })
		]
	},
	filesLogged: {
		id: 'it-services.files-logged',
		text: {
			vi: 'Mọi hồ sơ được cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính, có mã hồ sơ và được số hóa',
			en: 'Every file is logged in the procedures information system with a file code and digitised'
		},
		guidance: {
			vi: 'Chọn 5 hồ sơ giấy tiếp nhận trong tuần, tra trên hệ thống theo mã hồ sơ và xem bản số hóa. Vi phạm: hồ sơ không có trên hệ thống, không có mã, thành phần hồ sơ chưa được số hóa.',
			en: 'Pick five paper files received this week, look them up by code and check the scanned copies. Violation: a file not in the system, no code, documents not digitised.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm d', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 11', confidence: 'S' })
		]
	},
	onlineShare: {
		id: 'it-services.online-share',
		text: {
			vi: 'Tỷ lệ hồ sơ nộp trực tuyến trong kỳ đạt từ 30% trở lên',
			en: 'At least 30% of files in the period are submitted online'
		},
		guidance: {
			vi: 'Lấy số liệu 3 tháng gần nhất trên Hệ thống thông tin giải quyết thủ tục hành chính: số hồ sơ nộp trực tuyến chia cho tổng số hồ sơ tiếp nhận, nhập theo phần trăm. Dưới 30% là chưa đạt.',
			en: 'Take the last three months from the procedures information system: files submitted online divided by all files received, as a percentage. Below 30% is not met.'
		},
		response: {
			kind: 'number',
			unit: { vi: '%', en: '%' },
			min: 0,
			max: 100,
			compliantMin: 30
		},
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(TT_01_2018_VPCP, { article: 'Điều 13', clause: 'khoản 9', confidence: 'V' })]
	}
} satisfies Record<string, ChecklistItem>;
