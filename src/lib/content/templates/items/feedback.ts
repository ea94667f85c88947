import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, LUAT_TIEP_CONG_DAN, ND_20_2008, ND_61_2018, ND_64_2014, nd118Successor, TT_01_2018_VPCP, TT_02_2017_VPCP } from '../citations';
import { COMPLIANCE, NOTE, NOTE_PHOTO, NOT_LOCATED, RECEPTION_MAPPING } from './shared';

/** Theme 9: Feedback and citizen reception. */
export const FEEDBACK_ITEMS = {
	feedbackChannels: {
		id: 'feedback.channels-posted',
		text: {
			vi: 'Công khai địa chỉ, số điện thoại, thư điện tử, trang thông tin điện tử tiếp nhận phản ánh, kiến nghị về quy định hành chính',
			en: 'The address, phone number, email and website for feedback on administrative rules are published'
		},
		guidance: {
			vi: 'Xem bảng niêm yết tại nơi tiếp nhận hồ sơ và trang thông tin điện tử của cơ quan; gọi thử số điện thoại. Vi phạm: không công khai, thông tin sai, hoặc số điện thoại không liên lạc được.',
			en: 'Check the notice board at the reception area and the agency website; call the number. Violation: nothing published, wrong details, or the number cannot be reached.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_20_2008, { article: 'Điều 10', clause: 'khoản 3', confidence: 'V' }),
			cite(ND_20_2008, { article: 'Điều 13', confidence: 'V' }),
			cite(TT_02_2017_VPCP, {
				confidence: 'S',
				note: 'Chương III: địa chỉ tiếp nhận phản ánh, kiến nghị ghi trên bảng niêm yết. ' + NOT_LOCATED
			})
		]
	},
	staffComplaints: {
		id: 'feedback.staff-complaints',
		text: {
			vi: 'Phản ánh, kiến nghị về thái độ, hành vi của công chức tại Bộ phận Một cửa được tiếp nhận và xử lý',
			en: 'Complaints about the conduct of one-stop staff are received and handled'
		},
		guidance: {
			vi: 'Xem sổ góp ý, hộp thư góp ý, hệ thống phản ánh và các văn bản trả lời. Vi phạm: không có kênh tiếp nhận; phản ánh bị bỏ qua hoặc không có kết quả xử lý.',
			en: 'Check the comment book, suggestion box, feedback system and replies. Violation: no channel; complaints ignored or without any outcome.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 8', clause: 'khoản 1', point: 'điểm đ', confidence: 'V' }),
			nd118Successor('Điều 8 khoản 1 điểm đ')
		]
	},
	feedbackOnTime: {
		id: 'feedback.handled-on-time',
		text: {
			vi: 'Phản ánh, kiến nghị của người dân, tổ chức được xử lý, trả lời đúng hạn',
			en: 'Feedback from citizens and organisations is handled and answered on time'
		},
		guidance: {
			vi: 'Xem 5 phản ánh, kiến nghị gần nhất và ngày trả lời. Vi phạm: quá thời hạn xử lý mà không có lý do; không trả lời người phản ánh.',
			en: 'Look at the five latest feedback cases and their reply dates. Violation: past the deadline without reason; no reply to the sender.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(TT_01_2018_VPCP, {
				article: 'Điều 13',
				confidence: 'V',
				note: 'Chỉ số xử lý phản ánh, kiến nghị đúng hạn trong bộ tiêu chí chấm điểm.'
			})
		]
	},
	satisfaction: {
		id: 'feedback.satisfaction',
		text: {
			vi: 'Có thu thập ý kiến đánh giá mức độ hài lòng của người dân (phiếu giấy, thiết bị điện tử hoặc trực tuyến)',
			en: 'Citizen satisfaction is collected (paper forms, devices or online)'
		},
		guidance: {
			vi: 'Kiểm tra thiết bị đánh giá tại quầy, phiếu đánh giá và kết quả tổng hợp gần nhất. Vi phạm: không có hình thức đánh giá; thiết bị hỏng; có thu thập nhưng không tổng hợp, không sử dụng kết quả.',
			en: 'Check the rating devices at the counters, the forms and the latest summary. Violation: no way to rate; broken devices; ratings collected but never summarised or used.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(TT_01_2018_VPCP, { article: 'Điều 14', clause: 'khoản 3', confidence: 'V' }),
			cite(ND_61_2018, { article: 'Điều 31', confidence: 'V' }),
			nd118Successor('Điều 31')
		]
	},
	citizenReception: {
		id: 'feedback.citizen-reception',
		text: {
			vi: 'Nơi tiếp công dân niêm yết nội quy, hướng dẫn quy trình, địa điểm, thời gian tiếp; lịch tiếp công dân của người đứng đầu được công bố trước ít nhất 5 ngày làm việc',
			en: 'The citizen-reception point posts its rules, process guide, place and hours; the head’s reception schedule is published at least 5 working days ahead'
		},
		guidance: {
			vi: 'Xem phòng hoặc trụ sở tiếp công dân, bảng tin và trang thông tin điện tử (ngày đăng lịch tiếp). Vi phạm: thiếu một trong các nội dung niêm yết; thông tin cũ hoặc sai; không có lịch tiếp hoặc lịch đăng muộn; lịch không được thực hiện.',
			en: 'Check the citizen-reception room, the notice board and the website (when the schedule was posted). Violation: any required notice missing; outdated or wrong details; no schedule, or posted late; sessions not held as scheduled.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_TIEP_CONG_DAN, { article: 'Điều 19', clause: 'khoản 1', confidence: 'V', note: RECEPTION_MAPPING }),
			cite(LUAT_TIEP_CONG_DAN, { article: 'Điều 24', clause: 'khoản 2, 4', confidence: 'V', note: RECEPTION_MAPPING }),
			cite(ND_64_2014, { article: 'Điều 5', confidence: 'V', note: RECEPTION_MAPPING })
		]
	}
} satisfies Record<string, ChecklistItem>;
