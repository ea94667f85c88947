import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, CT_05_2008, CT_26_2016, LUAT_CBCC_2025, ND_172_2025, QD_1847_2018 } from '../citations';
import { COMPLIANCE, NOTE, NOT_LOCATED } from './shared';

/** Theme 1: Discipline. */
export const DISCIPLINE_ITEMS = {
	onPost: {
		id: 'discipline.on-post',
		text: {
			vi: 'Cán bộ, công chức có mặt tại vị trí làm việc trong giờ làm việc, không làm việc riêng',
			en: 'Staff are at their posts during working hours and do no personal business'
		},
		guidance: {
			vi: 'Kiểm tra đột xuất các phòng làm việc, đối chiếu với bảng chấm công, giấy nghỉ phép và lịch công tác. Vi phạm: vắng mặt không có lý do hoặc không được phép; chơi trò chơi, mua sắm trên mạng, ra ngoài uống cà phê trong giờ làm việc.',
			en: 'Visit offices unannounced and compare with the attendance sheet, leave approvals and work schedule. Violation: absence without reason or permission; games, online shopping or coffee outside the office in working time.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(CT_05_2008, { confidence: 'S', note: NOT_LOCATED }),
			cite(CT_26_2016, { confidence: 'S', note: NOT_LOCATED })
		]
	},
	punctuality: {
		id: 'discipline.punctuality',
		text: {
			vi: 'Cán bộ, công chức đến cơ quan và ra về đúng giờ quy định',
			en: 'Staff arrive and leave on time'
		},
		guidance: {
			vi: 'Quan sát đầu giờ sáng, đầu giờ chiều và cuối buổi; xem dữ liệu chấm công (máy vân tay, thẻ từ) của tháng gần nhất. Vi phạm: đi muộn, về sớm không có lý do chính đáng; ghi rõ số người, số lần.',
			en: 'Watch the start of the morning and afternoon and the end of the day; check last month’s attendance data (fingerprint or card reader). Violation: late arrival or early leave without good reason; record how many people and how often.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(CT_05_2008, { confidence: 'S', note: NOT_LOCATED }),
			cite(CT_26_2016, { confidence: 'S', note: NOT_LOCATED })
		]
	},
	internalRules: {
		id: 'discipline.internal-rules',
		text: {
			vi: 'Cơ quan có nội quy, quy chế làm việc bằng văn bản và cán bộ, công chức chấp hành',
			en: 'The agency has written internal rules and working regulations, and staff follow them'
		},
		guidance: {
			vi: 'Đề nghị xuất trình nội quy, quy chế làm việc đang áp dụng; xem đã cập nhật theo tổ chức bộ máy mới từ 01/7/2025 và đã phổ biến đến công chức chưa. Vi phạm: không có văn bản, văn bản đã lỗi thời, hoặc công chức không biết, không thực hiện.',
			en: 'Ask for the current internal rules and working regulations; check they were updated for the new structure from 1 July 2025 and made known to staff. Violation: no document, an outdated one, or staff who do not know or follow it.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_CBCC_2025, { article: 'Điều 7', clause: 'khoản 2', confidence: 'V' })]
	},
	headOversight: {
		id: 'discipline.head-oversight',
		text: {
			vi: 'Người đứng đầu tổ chức thực hiện văn hóa công sở và kịp thời xử lý biểu hiện quan liêu, hách dịch, cửa quyền',
			en: 'The head organises office culture and promptly deals with bureaucratic, arrogant or obstructive behaviour'
		},
		guidance: {
			vi: 'Xem kế hoạch và biên bản tự kiểm tra văn hóa công vụ, hồ sơ xử lý phản ánh, hồ sơ kỷ luật trong 12 tháng gần nhất. Vi phạm: không có kế hoạch hoặc không tự kiểm tra; đã có phản ánh về thái độ của công chức nhưng không xem xét, xử lý.',
			en: 'Review self-inspection plans and records on public-service culture, complaint handling and discipline files of the last 12 months. Violation: no plan or no self-inspection; complaints about staff attitude never reviewed or acted on.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_CBCC_2025, { article: 'Điều 8', clause: 'khoản 2, 4', confidence: 'V' })]
	},
	noShirking: {
		id: 'discipline.no-shirking',
		text: {
			vi: 'Không né tránh, đùn đẩy trách nhiệm, không kéo bè phái; công chức nhận và hoàn thành nhiệm vụ được giao, không chọn việc dễ, bỏ việc khó',
			en: 'No shirking or passing on responsibility, no factions; staff accept and finish assigned tasks without picking only easy work'
		},
		guidance: {
			vi: 'Trao đổi với lãnh đạo và người dân; tìm hồ sơ bị chuyển qua lại giữa các bộ phận hoặc quá hạn vì không ai nhận xử lý. Vi phạm: công việc, hồ sơ bị đùn đẩy; từ chối nhiệm vụ được giao không có lý do chính đáng.',
			en: 'Talk with managers and citizens; look for files passed back and forth between units or overdue because nobody took them. Violation: work or files passed on; an assigned task refused without good reason.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_CBCC_2025, { article: 'Điều 14', clause: 'khoản 1, 2', confidence: 'V' }),
			cite(QD_1847_2018, {
				confidence: 'U',
				note: 'Chuẩn mực về tinh thần, thái độ làm việc của Đề án (nội dung S); chưa xác định mục, phần của Đề án (U), cần đối chiếu toàn văn.'
			})
		]
	},
	noHarassment: {
		id: 'discipline.no-harassment',
		text: {
			vi: 'Không gây phiền hà, sách nhiễu người dân, tổ chức khi thi hành công vụ',
			en: 'No harassment or obstruction of citizens and organisations'
		},
		guidance: {
			vi: 'Hỏi người dân đang chờ; xem sổ góp ý, hộp thư và hệ thống tiếp nhận phản ánh, kiến nghị. Vi phạm: gợi ý hoặc đòi tiền, quà; cố ý kéo dài thời gian; gây khó dễ để được “bồi dưỡng”. Ghi rõ người, thời điểm và chứng cứ.',
			en: 'Ask waiting citizens; check the comment book, box and feedback system. Violation: hinting at or asking for money or gifts, deliberate delays, making things difficult to get a “tip”. Record who, when and the evidence.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_CBCC_2025, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm c', confidence: 'V' })]
	},
	breachesHandled: {
		id: 'discipline.breaches-handled',
		text: {
			vi: 'Vi phạm nội quy, quy tắc ứng xử của cán bộ, công chức được xem xét, xử lý kỷ luật theo quy định',
			en: 'Breaches of internal rules or conduct rules are considered and disciplined as the law provides'
		},
		guidance: {
			vi: 'Đối chiếu các vi phạm đã phát hiện (qua phản ánh, kiểm tra) với hồ sơ xử lý. Vi phạm: vi phạm đã rõ nhưng không được xem xét hoặc không lập hồ sơ. Vi phạm lần đầu, mức độ nhẹ có thể bị khiển trách.',
			en: 'Compare known breaches (from complaints and inspections) with the handling files. Violation: a clear breach never considered, or no file kept. A first minor breach can lead to a reprimand.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_172_2025, { article: 'Điều 6', clause: 'khoản 1', confidence: 'V' }),
			cite(ND_172_2025, { article: 'Điều 8', clause: 'khoản 1', confidence: 'V', note: 'Hình thức khiển trách.' }),
			cite(LUAT_CBCC_2025, { article: 'Điều 8', clause: 'khoản 4', confidence: 'V' })
		]
	}
} satisfies Record<string, ChecklistItem>;
