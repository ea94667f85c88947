import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, LUAT_CBCC_2025, ND_61_2018, ND_63_2010, ND_118_2025, QD_129_2007, QD_1847_2018, QD_3509_2025_CT } from '../citations';
import { COMPLIANCE, NOTE, NOTHING, NOT_LOCATED } from './shared';

/** Theme 2: Communication. */
export const COMMUNICATION_ITEMS = {
	fourXinFourLuon: {
		id: 'communication.four-xin-four-luon',
		text: {
			vi: 'Khi tiếp xúc với người dân, công chức thực hiện “4 xin, 4 luôn”',
			en: 'With citizens, staff practise “4 xin, 4 luôn”'
		},
		guidance: {
			vi: 'Quan sát ít nhất 3 lượt tiếp dân. “4 xin”: xin chào, xin lỗi, xin cảm ơn, xin phép; “4 luôn”: luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ. Vi phạm: không chào hỏi, thái độ lạnh nhạt, ngắt lời người dân, không xin lỗi khi để người dân chờ lâu.',
			en: 'Watch at least three contacts with citizens. “4 xin”: greet, apologise, thank, ask permission; “4 luôn”: always smile, be gentle, listen, help. Violation: no greeting, a cold manner, interrupting, no apology after a long wait.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_1847_2018, { confidence: 'S', note: 'Chuẩn mực giao tiếp, ứng xử của Đề án. ' + NOT_LOCATED }),
			cite(QD_3509_2025_CT, { article: 'Điều 7', clause: 'khoản 3', confidence: 'V' })
		]
	},
	politeLanguage: {
		id: 'communication.polite-language',
		text: {
			vi: 'Ngôn ngữ giao tiếp lịch sự, chuẩn mực; không nói tục, dùng tiếng lóng, quát nạt',
			en: 'Polite, proper language; no swearing, slang or shouting'
		},
		guidance: {
			vi: 'Lắng nghe trao đổi tại quầy, trong phòng làm việc và qua điện thoại. Vi phạm: lời lẽ thiếu tôn trọng, xưng hô không phù hợp, nói tục, quát tháo người dân hoặc đồng nghiệp.',
			en: 'Listen at the counters, in offices and on the phone. Violation: disrespectful words, improper forms of address, swearing, shouting at citizens or colleagues.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_CBCC_2025, { article: 'Điều 13', clause: 'khoản 1', point: 'điểm a', confidence: 'V' }),
			cite(LUAT_CBCC_2025, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(QD_129_2007, { article: 'Điều 8', confidence: 'S' })
		]
	},
	clearGuidance: {
		id: 'communication.clear-guidance',
		text: {
			vi: 'Công chức hướng dẫn thủ tục rõ ràng, đầy đủ; người dân không phải đi lại quá hai lần cho một hồ sơ',
			en: 'Staff explain procedures clearly and fully; a citizen does not come back more than twice for one file'
		},
		guidance: {
			vi: 'Hỏi 2–3 người dân đã phải đến mấy lần; xem sổ theo dõi và phiếu yêu cầu bổ sung hồ sơ. Vi phạm: mỗi lần hướng dẫn một kiểu; người dân phải đến lần thứ ba trở lên vì hướng dẫn không đầy đủ; thái độ hách dịch.',
			en: 'Ask two or three citizens how many times they have come; check the tracking book and requests for more documents. Violation: different instructions each time; a citizen made to come a third time because guidance was incomplete; an overbearing manner.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_63_2010, { article: 'Điều 20', clause: 'khoản 2, 4', confidence: 'V' }),
			cite(QD_129_2007, { article: 'Điều 9', confidence: 'S' })
		]
	},
	phone: {
		id: 'communication.phone',
		text: {
			vi: 'Khi giao tiếp qua điện thoại, công chức xưng tên, cơ quan, đơn vị; trao đổi ngắn gọn, không ngắt máy đột ngột',
			en: 'On the phone, staff give their name, agency and unit, keep it short and do not hang up abruptly'
		},
		guidance: {
			vi: 'Gọi thử đến số điện thoại công khai của cơ quan hoặc quan sát cuộc gọi đến. Vi phạm: không xưng danh, trả lời cộc lốc, ngắt máy giữa chừng, để chuông đổ lâu không ai nghe trong giờ làm việc.',
			en: 'Make a test call to the published number or watch incoming calls. Violation: no introduction, curt answers, hanging up mid-call, nobody answering during working hours.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_129_2007, { article: 'Điều 11', confidence: 'S' }),
			cite(QD_3509_2025_CT, { article: 'Điều 7', clause: 'khoản 5', confidence: 'V' })
		]
	},
	oneStopConduct: {
		id: 'communication.one-stop-conduct',
		text: {
			vi: 'Công chức tại Bộ phận Một cửa chấp hành quy định về văn hóa công sở khi tiếp nhận hồ sơ và trả kết quả',
			en: 'One-stop staff follow office-culture rules when receiving files and returning results'
		},
		guidance: {
			vi: 'Quan sát các quầy trong ít nhất 30 phút. Vi phạm: bỏ quầy không có người thay, ăn uống hoặc gọi điện việc riêng khi người dân đang chờ, nói chuyện riêng, để người dân đứng chờ mà không hướng dẫn.',
			en: 'Watch the counters for at least 30 minutes. Violation: a counter left unattended, eating or personal calls while people wait, chatting, citizens left standing without help.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 5', clause: 'khoản 1', point: 'điểm h', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 5', clause: 'khoản 1', confidence: 'S' })
		]
	},
	communicationObservation: {
		id: 'communication.observation',
		text: {
			vi: 'Ghi nhận khác về giao tiếp, ứng xử (nếu có)',
			en: 'Other observations on communication and conduct (optional)'
		},
		guidance: {
			vi: 'Ghi những cách làm tốt nên nhân rộng hoặc biểu hiện chưa phù hợp không thuộc các mục trên, kèm thời điểm và vị trí.',
			en: 'Note good practice worth sharing, or improper behaviour not covered above, with time and place.'
		},
		response: { kind: 'text' },
		severity: 'minor',
		requireOnViolation: NOTHING,
		required: false,
		citations: [cite(QD_129_2007, { article: 'Điều 8', confidence: 'S' })]
	}
} satisfies Record<string, ChecklistItem>;
