import type { ChecklistItem } from '$lib/domain/checklist';
import {
	cite,
	CT_05_2008,
	CT_26_2016,
	LUAT_CBCC_2025,
	LUAT_RUOU_BIA,
	LUAT_THUOC_LA,
	LUAT_TIEP_CONG_DAN,
	ND_100_2019,
	ND_117_2020,
	ND_168_2024,
	ND_172_2025,
	ND_20_2008,
	ND_315_2025,
	ND_61_2018,
	ND_63_2010,
	ND_64_2014,
	ND_118_2025,
	nd118Successor,
	QD_06_2008_BNV,
	QD_129_2007,
	QD_1847_2018,
	QD_3509_2025_CT,
	QD_45_2018,
	TT_01_2018_VPCP,
	TT_02_2017_VPCP,
	TT_11_2023_BYT
} from './citations';

/**
 * Every checklist item, once. Templates pick from here, so an item id means the same check
 * (same wording, same citations) in every template that uses it.
 */

const COMPLIANCE = { kind: 'compliance' } as const;
const NOTE = { note: true, photo: false } as const;
const NOTE_PHOTO = { note: true, photo: true } as const;
const NOTHING = { note: false, photo: false } as const;

const NOT_LOCATED = 'Nguồn tổng hợp chưa ghi điều (chỉ có nội dung theo bản tóm tắt); cần xác định điều, khoản.';
const QD_45_ARTICLE_U =
	'Theo nguồn tổng hợp: nội dung theo bản tóm tắt (S) nhưng chưa xác định điều (U); cần đối chiếu toàn văn QĐ 45/2018/QĐ-TTg.';
const TOBACCO_MAPPING =
	'Nguồn tổng hợp dẫn chung Điều 1 khoản 3 điểm a, Điều 3, Điều 5 khoản 1 cho nhóm nội dung về thuốc lá; việc gắn từng điều với từng mục cần đối chiếu.';
const RECEPTION_MAPPING =
	'Nguồn tổng hợp dẫn chung Luật Tiếp công dân Điều 19 khoản 1, Điều 24 khoản 2, 4 và NĐ 64/2014 Điều 5 cho nhóm nội dung này.';

export const ITEMS = {
	// —— 1. Discipline ——
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
	},

	// —— 2. Communication ——
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
	},

	// —— 3. Dress and ID card ——
	neatDress: {
		id: 'dress.neat',
		text: {
			vi: 'Trang phục gọn gàng, lịch sự; đi giày hoặc dép có quai hậu',
			en: 'Neat, decent dress; shoes, or sandals with a heel strap'
		},
		guidance: {
			vi: 'Quan sát công chức trong các phòng và tại quầy. Vi phạm: mặc quần soóc, áo ba lỗ, trang phục nhàu nát hoặc phản cảm; đi dép lê, dép không có quai hậu.',
			en: 'Look at staff in offices and at counters. Violation: shorts, sleeveless vests, crumpled or offensive clothes; slippers or sandals without a heel strap.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 5', confidence: 'S' })]
	},
	ceremonyDress: {
		id: 'dress.ceremony',
		text: {
			vi: 'Trong các buổi lễ, cuộc họp trọng thể, cán bộ, công chức mặc lễ phục',
			en: 'Formal dress is worn at ceremonies and formal meetings'
		},
		guidance: {
			vi: 'Xem ảnh, video các buổi lễ gần nhất. Lễ phục: nam mặc bộ comple, áo sơ mi, cà vạt; nữ mặc áo dài truyền thống hoặc bộ comple nữ; có thể mặc lễ phục truyền thống của dân tộc. Vi phạm: mặc trang phục thường ngày tại buổi lễ. Nếu không có buổi lễ trong kỳ, chọn “Không áp dụng”.',
			en: 'Look at photos or videos of recent ceremonies. Formal dress: suit, shirt and tie for men; áo dài or a women’s suit for women; traditional ethnic formal dress is accepted. Violation: everyday clothes at a ceremony. If there was no ceremony in the period, choose “Not applicable”.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 6', confidence: 'S' })]
	},
	idCard: {
		id: 'dress.id-card',
		text: {
			vi: 'Cán bộ, công chức đeo thẻ khi thi hành công vụ',
			en: 'Staff wear their ID card on duty'
		},
		guidance: {
			vi: 'Kiểm tra tất cả công chức có mặt, nhất là người trực tiếp tiếp dân. Vi phạm: không đeo thẻ, để thẻ trong túi hoặc trên bàn. Chụp ảnh làm minh chứng, tránh chụp rõ mặt khi không cần.',
			en: 'Check every official present, especially those serving the public. Violation: no card, or the card in a pocket or on the desk. Take a photo as evidence, avoiding faces where not needed.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_CBCC_2025, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm a', confidence: 'V' }),
			cite(QD_129_2007, { article: 'Điều 7', clause: 'khoản 1', confidence: 'S' })
		]
	},
	idCardFormat: {
		id: 'dress.id-card-format',
		text: {
			vi: 'Thẻ đúng mẫu, ghi đủ tên cơ quan, ảnh, họ và tên, chức danh, số hiệu; đeo trước ngực; không cho người khác mượn',
			en: 'The card follows the model (agency, photo, full name, position, number), is worn on the chest and never lent'
		},
		guidance: {
			vi: 'Xem ngẫu nhiên 3–5 thẻ. Vi phạm: thẻ thiếu thông tin, ảnh không đúng người, vẫn ghi tên cơ quan cũ sau sắp xếp (ví dụ cấp huyện đã bỏ từ 01/7/2025), đeo thẻ của người khác.',
			en: 'Look at 3–5 cards at random. Violation: missing details, a photo of someone else, an old agency name after the reorganisation (e.g. a district, abolished on 1 July 2025), wearing someone else’s card.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, { article: 'Điều 7', clause: 'khoản 2', confidence: 'S' }),
			cite(QD_06_2008_BNV, { article: 'Điều 3', clause: 'khoản 2', confidence: 'S' })
		]
	},
	oneStopUniform: {
		id: 'dress.one-stop-uniform',
		text: {
			vi: 'Công chức tại Bộ phận Một cửa mặc đồng phục hoặc trang phục ngành và đeo thẻ',
			en: 'One-stop staff wear the uniform or sector dress and their card'
		},
		guidance: {
			vi: 'Kiểm tra tất cả công chức đang làm việc tại quầy. Vi phạm: không mặc đồng phục hoặc trang phục ngành theo quy định của cơ quan; không đeo thẻ.',
			en: 'Check every official at the counters. Violation: not wearing the uniform or sector dress the agency requires; no card.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm e', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 11', confidence: 'S' })
		]
	},
	citizenReceptionDress: {
		id: 'dress.citizen-reception',
		text: {
			vi: 'Người tiếp công dân mặc trang phục chỉnh tề và đeo thẻ công chức',
			en: 'Officials receiving citizens are properly dressed and wear their card'
		},
		guidance: {
			vi: 'Kiểm tra tại trụ sở hoặc phòng tiếp công dân trong buổi tiếp. Vi phạm: trang phục không chỉnh tề, không đeo thẻ hoặc phù hiệu. Nếu không có buổi tiếp trong thời gian kiểm tra, chọn “Không áp dụng”.',
			en: 'Check the citizen-reception room during a session. Violation: untidy dress, no card or badge. If there is no session during the visit, choose “Not applicable”.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(LUAT_TIEP_CONG_DAN, { article: 'Điều 8', clause: 'khoản 1', confidence: 'V' })]
	},

	// —— 4. Office arrangement ——
	emblemFlag: {
		id: 'office.emblem-flag',
		text: {
			vi: 'Quốc huy được treo trang trọng phía trên cổng chính hoặc tòa nhà chính; Quốc kỳ được treo ở nơi trang trọng, còn nguyên vẹn',
			en: 'The national emblem hangs above the main gate or main building; the national flag flies in a prominent place and is in good condition'
		},
		guidance: {
			vi: 'Quan sát cổng, mặt tiền tòa nhà và cột cờ. Vi phạm: không có Quốc huy; Quốc kỳ rách, bạc màu, sai kích thước hoặc treo ở nơi không trang trọng. Chụp ảnh hiện trạng.',
			en: 'Look at the gate, building front and flagpole. Violation: no emblem; a torn, faded or wrongly sized flag, or one hung in an unworthy place. Photograph it.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, {
				article: 'Điều 12',
				confidence: 'U',
				note: 'Treo Quốc huy: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			}),
			cite(QD_129_2007, {
				article: 'Điều 13',
				confidence: 'U',
				note: 'Treo Quốc kỳ: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			})
		]
	},
	nameBoard: {
		id: 'office.name-board',
		text: {
			vi: 'Biển tên cơ quan đặt tại cổng chính, ghi đầy đủ tên bằng tiếng Việt và địa chỉ',
			en: 'The agency name board at the main gate shows the full Vietnamese name and the address'
		},
		guidance: {
			vi: 'Đối chiếu biển tên với quyết định thành lập hoặc sắp xếp mới nhất. Vi phạm: không có biển, biển hư hỏng, ghi tên viết tắt hoặc tên cơ quan cũ (ví dụ cấp huyện đã bỏ từ 01/7/2025), thiếu địa chỉ.',
			en: 'Compare the board with the latest establishment or reorganisation decision. Violation: no board, a damaged board, an abbreviation or an old name (e.g. a district, abolished on 1 July 2025), no address.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, {
				article: 'Điều 14',
				confidence: 'U',
				note: 'Biển tên cơ quan: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			})
		]
	},
	doorSigns: {
		id: 'office.door-signs',
		text: {
			vi: 'Mỗi phòng làm việc có biển tên ghi đơn vị, họ và tên, chức danh; phòng làm việc gọn gàng, ngăn nắp',
			en: 'Each office has a door sign with unit, names and titles; offices are tidy'
		},
		guidance: {
			vi: 'Đi qua các phòng làm việc. Vi phạm: thiếu biển phòng, biển còn ghi người đã chuyển công tác; hồ sơ, tài liệu để bừa bộn.',
			en: 'Walk through the offices. Violation: a missing door sign, a sign naming someone who has left; files and papers lying about.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 15', confidence: 'S' })]
	},
	noAltarCooking: {
		id: 'office.no-altar-cooking',
		text: {
			vi: 'Không lập bàn thờ, thắp hương, không đun nấu trong phòng làm việc',
			en: 'No altars, incense or cooking in offices'
		},
		guidance: {
			vi: 'Xem các phòng làm việc, kể cả phòng trực. Vi phạm: có bàn thờ, bát hương hoặc dấu vết thắp hương; có bếp điện, bếp ga, nồi cơm điện hoặc đun nấu trong phòng làm việc.',
			en: 'Check every office, including duty rooms. Violation: an altar, incense bowl or traces of incense; an electric or gas stove, rice cooker or other cooking in an office.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 15', confidence: 'S' })]
	},
	parking: {
		id: 'office.parking',
		text: {
			vi: 'Có nơi để xe cho cán bộ, công chức và người đến làm việc; không thu phí gửi xe của người đến làm việc',
			en: 'There is parking for staff and visitors; visitors are not charged'
		},
		guidance: {
			vi: 'Xem khu để xe và hỏi người dân. Vi phạm: không có chỗ để xe cho khách; thu tiền gửi xe của người đến giải quyết công việc.',
			en: 'Look at the parking area and ask visitors. Violation: no visitor parking; charging people who come on official business.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 16', confidence: 'S' })]
	},
	noAdvertising: {
		id: 'office.no-advertising',
		text: {
			vi: 'Không quảng cáo thương mại tại công sở',
			en: 'No commercial advertising at the office'
		},
		guidance: {
			vi: 'Quan sát cổng, tường rào, sảnh và khu vực một cửa. Vi phạm: có biển, tờ rơi, màn hình quảng cáo hàng hóa, dịch vụ thương mại.',
			en: 'Look at the gate, fences, lobby and one-stop area. Violation: boards, leaflets or screens advertising commercial goods or services.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 4', clause: 'khoản 3', confidence: 'S' })]
	},
	oneStopLayout: {
		id: 'office.one-stop-layout',
		text: {
			vi: 'Bộ phận Một cửa được bố trí ở nơi dễ tìm, thuận tiện; có khu vực thông tin, quầy theo lĩnh vực, ghế ngồi chờ và bàn viết',
			en: 'The one-stop area is easy to find and convenient, with an information area, counters by field, waiting chairs and writing desks'
		},
		guidance: {
			vi: 'Đi từ cổng vào như một người dân. Vi phạm: không có biển chỉ dẫn; đặt trên tầng cao mà không có hỗ trợ; thiếu ghế chờ hoặc bàn viết; quầy không ghi lĩnh vực.',
			en: 'Walk in from the gate as a citizen would. Violation: no signposting; an upper floor with no assistance; too few waiting chairs or writing desks; counters not labelled by field.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 13', clause: 'khoản 1', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 13', confidence: 'S' })
		]
	},
	oneStopEquipment: {
		id: 'office.one-stop-equipment',
		text: {
			vi: 'Bộ phận Một cửa có camera giám sát, máy lấy số thứ tự và màn hình tra cứu hoạt động tốt',
			en: 'The one-stop area has working surveillance cameras, a queue-number machine and lookup screens'
		},
		guidance: {
			vi: 'Thử lấy số thứ tự, tra cứu một hồ sơ trên màn hình, hỏi camera có ghi hình không. Vi phạm: thiết bị không có, bị hỏng hoặc không được sử dụng.',
			en: 'Take a queue number, look up a file on the screen, ask whether the cameras record. Violation: equipment missing, broken or not used.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 13', confidence: 'S' })
		]
	},

	// —— 5. Alcohol and tobacco ——
	noDrinkingHours: {
		id: 'alcohol-tobacco.no-drinking-hours',
		text: {
			vi: 'Cán bộ, công chức không uống rượu, bia trước và trong giờ làm việc, trong giờ nghỉ giữa giờ làm việc, buổi trưa ngày làm việc và ngày trực',
			en: 'Staff do not drink alcohol before or during working hours, in breaks, at lunch on working days or on duty days'
		},
		guidance: {
			vi: 'Quan sát đầu giờ chiều; chú ý mùi rượu, bia, biểu hiện say; hỏi lãnh đạo về các trường hợp đã phát hiện. Vi phạm: có người làm việc sau khi uống rượu, bia. Ghi rõ người, thời điểm và người chứng kiến.',
			en: 'Check at the start of the afternoon; notice any smell of alcohol or signs of drunkenness; ask managers about known cases. Violation: anyone working after drinking. Record who, when and the witnesses.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, { article: 'Điều 5', clause: 'khoản 5', confidence: 'V' }),
			cite(CT_26_2016, {
				confidence: 'S',
				note: 'Cấm uống rượu, bia vào buổi trưa ngày làm việc, ngày trực. ' + NOT_LOCATED
			}),
			cite(ND_117_2020, {
				confidence: 'U',
				note: 'Phạt 1.000.000–3.000.000 đồng đối với hành vi uống rượu, bia trước, trong giờ làm việc. Nguồn tổng hợp ghi thuộc Điều 30 nhưng chưa xác định khoản, điểm: cần kiểm tra.'
			})
		]
	},
	noDrinkingWorkplace: {
		id: 'alcohol-tobacco.no-drinking-workplace',
		text: {
			vi: 'Không uống rượu, bia tại công sở trong thời gian làm việc, kể cả khi tiếp khách, liên hoan',
			en: 'No drinking at the workplace in working time, including receptions and parties'
		},
		guidance: {
			vi: 'Xem phòng làm việc, phòng tiếp khách, nhà ăn, tủ và thùng rác. Vi phạm: có người uống rượu, bia tại công sở trong giờ làm việc. Vỏ chai, lon mới dùng là dấu hiệu cần làm rõ; chụp ảnh nếu có.',
			en: 'Check offices, reception rooms, the canteen, cupboards and bins. Violation: anyone drinking at the workplace in working time. Freshly emptied bottles or cans are a sign to follow up; photograph them if found.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, {
				article: 'Điều 10',
				clause: 'khoản 6',
				confidence: 'V',
				note: 'Nghiêm hơn QĐ 129/2007/QĐ-TTg Điều 4 khoản 2 (cho phép dùng đồ uống có cồn khi tiếp khách nếu lãnh đạo đồng ý): áp dụng Luật.'
			}),
			cite(ND_117_2020, {
				article: 'Điều 30',
				clause: 'khoản 2',
				point: 'điểm a',
				confidence: 'S',
				note: 'Phạt 500.000–1.000.000 đồng đối với uống rượu, bia tại địa điểm không được uống.'
			})
		]
	},
	headEnforcement: {
		id: 'alcohol-tobacco.head-enforcement',
		text: {
			vi: 'Người đứng đầu quán triệt, kiểm tra việc không uống rượu, bia trong giờ làm việc và xử lý người vi phạm',
			en: 'The head makes the drinking ban known, checks it and deals with violators'
		},
		guidance: {
			vi: 'Xem nội quy có quy định cấm, văn bản quán triệt, biên bản kiểm tra và hồ sơ xử lý. Vi phạm: không có quy định hoặc văn bản quán triệt; đã có trường hợp vi phạm nhưng không xử lý.',
			en: 'Look for the ban in the internal rules, briefing documents, check records and handling files. Violation: no rule or briefing; known cases left unhandled.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_RUOU_BIA, { article: 'Điều 33', clause: 'khoản 1, 3', confidence: 'V' })]
	},
	noDrinkDriving: {
		id: 'alcohol-tobacco.no-drink-driving',
		text: {
			vi: 'Cán bộ, công chức không điều khiển phương tiện giao thông khi trong máu hoặc hơi thở có nồng độ cồn',
			en: 'Staff do not drive with alcohol in their blood or breath'
		},
		guidance: {
			vi: 'Xem thông báo của cơ quan công an gửi về cơ quan, hồ sơ xử lý và bản cam kết của công chức (nếu có). Vi phạm: có công chức bị xử phạt vì điều khiển phương tiện khi có nồng độ cồn trong kỳ kiểm tra; ghi rõ số trường hợp và việc xử lý của cơ quan.',
			en: 'Check police notices sent to the agency, handling files and staff pledges, if any. Violation: an official fined for driving with alcohol during the period; record the cases and what the agency did.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, { article: 'Điều 5', clause: 'khoản 6', confidence: 'V' }),
			cite(ND_168_2024, { article: 'Điều 6', confidence: 'S', note: 'Xe ô tô.' }),
			cite(ND_168_2024, { article: 'Điều 7', confidence: 'S', note: 'Xe mô tô, xe gắn máy.' }),
			cite(ND_100_2019, {
				confidence: 'U',
				note: 'Nguồn tổng hợp chưa ghi điều, khoản về nồng độ cồn: cần kiểm tra.'
			})
		]
	},
	noSmokingIndoors: {
		id: 'alcohol-tobacco.no-smoking-indoors',
		text: {
			vi: 'Không hút thuốc lá trong nhà, kể cả phòng làm việc, phòng họp và hội trường',
			en: 'No smoking indoors, including offices, meeting rooms and halls'
		},
		guidance: {
			vi: 'Quan sát và chú ý mùi khói thuốc ở phòng làm việc, phòng họp, hội trường, cầu thang, nhà vệ sinh. Vi phạm: có người hút thuốc trong nhà hoặc có dấu vết hút thuốc mới.',
			en: 'Look and smell for smoke in offices, meeting rooms, halls, stairs and toilets. Violation: anyone smoking indoors, or fresh traces of smoking.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm a', confidence: 'V' }),
			cite(TT_11_2023_BYT, {
				article: 'Điều 1',
				clause: 'khoản 3',
				point: 'điểm a',
				confidence: 'V',
				note: TOBACCO_MAPPING
			}),
			cite(TT_11_2023_BYT, { article: 'Điều 3', confidence: 'V', note: TOBACCO_MAPPING }),
			cite(QD_129_2007, { article: 'Điều 4', clause: 'khoản 1', confidence: 'S' })
		]
	},
	noAshtrays: {
		id: 'alcohol-tobacco.no-ashtrays',
		text: {
			vi: 'Không bày gạt tàn, không có đầu mẩu thuốc lá tại khu vực cấm hút thuốc',
			en: 'No ashtrays and no cigarette butts in no-smoking areas'
		},
		guidance: {
			vi: 'Kiểm tra bàn làm việc, phòng tiếp khách, phòng họp, hành lang, cầu thang. Vi phạm: có gạt tàn, bật lửa bày sẵn, đầu mẩu thuốc lá. Chụp ảnh làm minh chứng.',
			en: 'Check desks, reception and meeting rooms, corridors and stairs. Violation: ashtrays or lighters set out, cigarette butts. Photograph them as evidence.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 14', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(TT_11_2023_BYT, { article: 'Điều 5', clause: 'khoản 1', confidence: 'V', note: TOBACCO_MAPPING })
		]
	},
	noSmokingSigns: {
		id: 'alcohol-tobacco.no-smoking-signs',
		text: {
			vi: 'Có biển cấm hút thuốc lá tại phòng làm việc, hội trường, phòng họp, phòng bảo vệ, nhà ăn, lối vào, sảnh, cầu thang và nhà vệ sinh',
			en: 'No-smoking signs are posted in offices, halls, meeting rooms, the guard room, canteen, entrances, lobbies, stairs and toilets'
		},
		guidance: {
			vi: 'Đi qua các vị trí nêu trên. Vi phạm: thiếu biển ở vị trí bắt buộc; biển bị che khuất, mờ hoặc rách. Chụp ảnh vị trí thiếu biển.',
			en: 'Walk through these places. Violation: a required sign missing, hidden, faded or torn. Photograph where it is missing.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 14', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(TT_11_2023_BYT, { article: 'Điều 5', clause: 'khoản 1', confidence: 'V', note: TOBACCO_MAPPING })
		]
	},

	// —— 6. Meetings ——
	meetingNecessity: {
		id: 'meetings.necessity-online',
		text: {
			vi: 'Chỉ tổ chức họp khi thật cần thiết, có kế hoạch, lồng ghép các cuộc họp khi có thể và sử dụng họp trực tuyến',
			en: 'Meetings are held only when needed and planned, combined where possible, with online meetings used'
		},
		guidance: {
			vi: 'Xem lịch công tác, kế hoạch họp của quý gần nhất; hỏi số cuộc họp mỗi tuần và cách gửi tài liệu họp. Vi phạm: họp ngoài kế hoạch mà không có lý do đột xuất, họp trùng nội dung, không họp trực tuyến khi thành phần ở nhiều nơi, vẫn in tài liệu giấy khi đã có hệ thống điện tử.',
			en: 'Review the work calendar and meeting plan of the last quarter; ask how many meetings a week and how papers are sent. Violation: unplanned meetings with no urgent reason, overlapping meetings, no online option when participants are in many places, paper packs despite an electronic system.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, { article: 'Điều 4', clause: 'khoản 3, 4, 5', confidence: 'S' }),
			cite(ND_315_2025, {
				article: 'Điều 3',
				confidence: 'S',
				note: 'Ủy ban nhân dân cấp xã họp trực tiếp, trực tuyến hoặc kết hợp; tài liệu nội bộ trao đổi qua môi trường điện tử.'
			})
		]
	},
	noBannedMeetings: {
		id: 'meetings.no-banned',
		text: {
			vi: 'Không tổ chức các loại cuộc họp không được phép (ví dụ: họp kết hợp tham quan, du lịch; họp thay cho việc kiểm tra trực tiếp)',
			en: 'No banned kinds of meeting are held (e.g. combined with sightseeing or travel, or held instead of a direct inspection)'
		},
		guidance: {
			vi: 'Xem giấy mời, chương trình các hội nghị trong năm, nhất là hội nghị tổ chức ngoài trụ sở. Vi phạm: có cuộc họp thuộc một trong năm loại không được tổ chức theo quy định về chế độ họp.',
			en: 'Review invitations and programmes of the year’s conferences, especially those held away from the office. Violation: any meeting of one of the five banned kinds under the meeting rules.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, {
				confidence: 'U',
				note: 'Năm loại cuộc họp không được tổ chức. ' + QD_45_ARTICLE_U
			})
		]
	},
	meetingInvitation: {
		id: 'meetings.invitation',
		text: {
			vi: 'Giấy mời họp ghi rõ người chủ trì, thành phần, nội dung, thời gian, địa điểm và được gửi trước ít nhất 3 ngày làm việc (trừ họp đột xuất)',
			en: 'Invitations name the chair, participants, agenda, time and place and are sent at least 3 working days ahead (except urgent meetings)'
		},
		guidance: {
			vi: 'Xem 3–5 giấy mời gần nhất và ngày gửi trên hệ thống quản lý văn bản. Vi phạm: thiếu nội dung bắt buộc; gửi trước ít hơn 3 ngày làm việc dù không phải họp đột xuất.',
			en: 'Look at the 3–5 latest invitations and their sending dates in the document system. Violation: required details missing; sent less than 3 working days ahead for a non-urgent meeting.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_45_2018, { confidence: 'U', note: 'Nội dung giấy mời, thời hạn gửi. ' + QD_45_ARTICLE_U })]
	},
	meetingMinutes: {
		id: 'meetings.minutes',
		text: {
			vi: 'Biên bản họp ghi đầy đủ người chủ trì, thành phần, diễn biến, ý kiến phát biểu, kết quả biểu quyết (nếu có) và kết luận',
			en: 'Minutes record the chair, attendees, proceedings, opinions, votes (if any) and conclusions'
		},
		guidance: {
			vi: 'Xem biên bản của 3 cuộc họp gần nhất. Vi phạm: không có biên bản, hoặc biên bản thiếu một trong các nội dung nêu trên.',
			en: 'Look at the minutes of the last three meetings. Violation: no minutes, or minutes missing any of the above.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_45_2018, { confidence: 'U', note: 'Nội dung biên bản họp. ' + QD_45_ARTICLE_U })]
	},
	conclusionNotice: {
		id: 'meetings.conclusion-notice',
		text: {
			vi: 'Thông báo kết luận cuộc họp được ban hành trong vòng 5 ngày làm việc sau cuộc họp',
			en: 'The conclusion notice is issued within 5 working days of the meeting'
		},
		guidance: {
			vi: 'Chọn cuộc họp gần nhất cần có thông báo kết luận; nhập số ngày làm việc từ ngày họp đến ngày ký thông báo. Trên 5 ngày là vi phạm. Nếu chưa có thông báo, nhập số ngày làm việc đã trôi qua.',
			en: 'Take the latest meeting that needs a conclusion notice; enter the working days from the meeting to the signing of the notice. More than 5 is a violation. If no notice exists yet, enter the working days elapsed so far.'
		},
		response: {
			kind: 'number',
			unit: { vi: 'ngày làm việc', en: 'working days' },
			min: 0,
			compliantMax: 5
		},
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, { confidence: 'U', note: 'Thời hạn ban hành thông báo kết luận. ' + QD_45_ARTICLE_U })
		]
	},

	// —— 7. Public listing and one-stop shop ——
	listedInThreePlaces: {
		id: 'public-listing.three-places',
		text: {
			vi: 'Thủ tục hành chính được công khai đầy đủ trên Cơ sở dữ liệu quốc gia, tại nơi giải quyết và trên Cổng thông tin điện tử của bộ, tỉnh',
			en: 'Procedures are published in the National Database, at the office handling them and on the ministry or province portal'
		},
		guidance: {
			vi: 'Chọn 3 thủ tục thường gặp, đối chiếu nội dung trên Cổng Dịch vụ công quốc gia, cổng thông tin của tỉnh (bộ) và tại nơi tiếp nhận. Vi phạm: thiếu ở một nơi, hoặc nội dung không khớp (thời hạn, phí, lệ phí, thành phần hồ sơ).',
			en: 'Pick three common procedures and compare them on the National Public Service Portal, the province (ministry) portal and at the office. Violation: missing in one place, or details that differ (time limit, fees, required documents).'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_63_2010, { article: 'Điều 16', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 17', clause: 'khoản 1', confidence: 'V' })
		]
	},
	listedAtOffice: {
		id: 'public-listing.at-office',
		text: {
			vi: 'Danh mục và nội dung thủ tục hành chính được công khai tại nơi tiếp nhận bằng cả bảng niêm yết và phương tiện điện tử',
			en: 'The list and content of procedures are shown at the office both on notice boards and electronically'
		},
		guidance: {
			vi: 'Xem khu vực tiếp nhận hồ sơ. Theo tiêu chí chấm điểm của TT 01/2018/TT-VPCP, chỉ đạt điểm tối đa khi có cả niêm yết và công khai điện tử; phiếu này coi thiếu một hình thức là chưa đạt. Người không dùng được thiết bị điện tử phải được hướng dẫn.',
			en: 'Look at the reception area. Under the TT 01/2018/TT-VPCP scoring criteria only both forms earn full marks; this checklist counts one form alone as not met. People who cannot use screens must be helped.'
		},
		response: {
			kind: 'choice',
			options: [
				{
					id: 'posted-and-electronic',
					label: {
						vi: 'Niêm yết trên bảng và công khai điện tử (màn hình, máy tra cứu)',
						en: 'Posted on boards and shown electronically (screen, kiosk)'
					},
					outcome: 'compliant'
				},
				{
					id: 'one-form-only',
					label: { vi: 'Chỉ có một trong hai hình thức', en: 'Only one of the two' },
					outcome: 'violation'
				},
				{
					id: 'none',
					label: { vi: 'Không công khai', en: 'Not shown at all' },
					outcome: 'violation'
				}
			]
		},
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_01_2018_VPCP, {
				article: 'Điều 13',
				confidence: 'V',
				note: 'Chỉ số công khai thủ tục hành chính: 2 điểm chỉ khi có cả niêm yết và công khai điện tử.'
			}),
			cite(ND_61_2018, { article: 'Điều 8', clause: 'khoản 1', point: 'điểm a', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 8', clause: 'khoản 1', confidence: 'S' })
		]
	},
	noticeBoards: {
		id: 'public-listing.boards',
		text: {
			vi: 'Bảng niêm yết (gắn tường, bảng xoay hoặc bảng di động) đặt ở nơi dễ thấy, dễ đọc; chỉ niêm yết thủ tục đang có hiệu lực',
			en: 'Notice boards (wall, rotating or mobile) are easy to see and read and show only procedures in force'
		},
		guidance: {
			vi: 'Kiểm tra vị trí, độ cao, cỡ chữ của bảng; đối chiếu ngẫu nhiên 3 thủ tục với quyết định công bố mới nhất. Vi phạm: bảng bị khuất, chữ quá nhỏ, còn niêm yết thủ tục đã bãi bỏ hoặc nội dung cũ.',
			en: 'Check where the boards are, their height and print size; compare three procedures at random with the latest announcement decision. Violation: hidden boards, tiny print, repealed procedures or outdated content still posted.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_02_2017_VPCP, {
				confidence: 'S',
				note: 'Chương III (niêm yết thủ tục hành chính). ' + NOT_LOCATED
			}),
			cite(ND_63_2010, { article: 'Điều 17', clause: 'khoản 1', confidence: 'V' })
		]
	},
	formsAfterProcedure: {
		id: 'public-listing.forms-after-procedure',
		text: {
			vi: 'Mẫu đơn, tờ khai được đặt ngay sau từng thủ tục hành chính được niêm yết',
			en: 'Forms are placed right after each posted procedure'
		},
		guidance: {
			vi: 'Xem 3–5 thủ tục có mẫu đơn, tờ khai. Vi phạm: không có mẫu đi kèm; mẫu để chung một chỗ, khó tìm; mẫu cũ không còn sử dụng.',
			en: 'Look at 3–5 procedures that have forms. Violation: no form attached; forms piled elsewhere and hard to find; outdated forms.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_02_2017_VPCP, {
				confidence: 'S',
				note: 'Chương III (niêm yết thủ tục hành chính). ' + NOT_LOCATED
			})
		]
	},
	sampleDossiers: {
		id: 'public-listing.sample-dossiers',
		text: {
			vi: 'Có hồ sơ mẫu đóng dấu “MẪU” cho các thủ tục; có video hướng dẫn cho một số thủ tục',
			en: 'Sample dossiers stamped “MẪU” (sample) are available; guidance videos exist for selected procedures'
		},
		guidance: {
			vi: 'Xem kệ hoặc bàn đặt hồ sơ mẫu và màn hình hướng dẫn. Vi phạm: không có hồ sơ mẫu cho các thủ tục thường gặp; hồ sơ mẫu không đóng dấu “MẪU” hoặc đã lỗi thời.',
			en: 'Check the sample-dossier shelf or desk and the guidance screens. Violation: no samples for common procedures; samples not stamped “MẪU” or outdated.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(TT_01_2018_VPCP, { article: 'Điều 5', confidence: 'V' })]
	},
	standardSlips: {
		id: 'public-listing.standard-slips',
		text: {
			vi: 'Sử dụng đúng các mẫu: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), Phiếu yêu cầu bổ sung (Mẫu 02), Phiếu từ chối (Mẫu 03), Phiếu xin lỗi và hẹn lại (Mẫu 04), Phiếu kiểm soát quá trình (Mẫu 05), Sổ theo dõi (Mẫu 06)',
			en: 'The standard slips are used: receipt and appointment (form 01), request for more documents (02), refusal (03), apology with a new date (04), process control (05), tracking book (06)'
		},
		guidance: {
			vi: 'Chọn ngẫu nhiên 5 hồ sơ gần nhất, xem các phiếu kèm theo và sổ theo dõi. Vi phạm: không lập phiếu; dùng mẫu tự soạn thiếu nội dung; sổ theo dõi không cập nhật.',
			en: 'Pick five recent files at random and check their slips and the tracking book. Violation: no slip; home-made forms missing details; tracking book not kept up to date.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(TT_01_2018_VPCP, { article: 'Điều 9', confidence: 'V' })]
	},
	lateApology: {
		id: 'public-listing.late-apology',
		text: {
			vi: 'Hồ sơ giải quyết quá hạn có văn bản xin lỗi và hẹn lại ngày trả kết quả',
			en: 'Files returned late come with a written apology and a new date'
		},
		guidance: {
			vi: 'Lọc các hồ sơ quá hạn trên hệ thống trong 3 tháng gần nhất, kiểm tra Phiếu xin lỗi và hẹn lại (Mẫu 04). Vi phạm: hồ sơ quá hạn không có phiếu xin lỗi, hoặc phiếu gửi sau ngày hẹn trả.',
			en: 'Filter overdue files in the system over the last three months and check the apology slips (form 04). Violation: a late file with no apology, or an apology sent after the due date.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 12', clause: 'khoản 5', confidence: 'V' }),
			cite(TT_01_2018_VPCP, {
				article: 'Điều 9',
				confidence: 'V',
				note: 'Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.'
			}),
			nd118Successor('Điều 12 khoản 5')
		]
	},
	requestOnce: {
		id: 'public-listing.request-once',
		text: {
			vi: 'Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần, bằng phiếu; từ chối tiếp nhận hồ sơ phải có văn bản nêu rõ lý do',
			en: 'More documents are requested only once, in writing; refusals are in writing with reasons'
		},
		guidance: {
			vi: 'Xem các phiếu yêu cầu bổ sung (Mẫu 02), phiếu từ chối (Mẫu 03) và sổ theo dõi; hỏi người dân. Vi phạm: một hồ sơ bị yêu cầu bổ sung nhiều lần; yêu cầu bổ sung hoặc từ chối chỉ bằng lời nói.',
			en: 'Check requests for more documents (form 02), refusals (form 03) and the tracking book; ask citizens. Violation: one file asked for more documents more than once; requests or refusals made only verbally.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 5', clause: 'khoản 1', point: 'điểm đ, e', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 18', clause: 'khoản 5, 6', confidence: 'V' }),
			nd118Successor('Điều 5 khoản 1 điểm đ, e')
		]
	},
	noExtraRequirements: {
		id: 'public-listing.no-extra-requirements',
		text: {
			vi: 'Không yêu cầu giấy tờ, phí, lệ phí ngoài quy định; không tiếp nhận, trả kết quả hoặc trao đổi hồ sơ với người dân ngoài Bộ phận Một cửa',
			en: 'No papers or fees beyond what the law requires; no receiving, returning or dealing with files outside the one-stop'
		},
		guidance: {
			vi: 'Đối chiếu thành phần hồ sơ, phí, lệ phí thực thu với thủ tục đã công bố; hỏi người dân. Vi phạm: đòi thêm giấy tờ (ví dụ bản sao chứng thực khi không bắt buộc), thu thêm tiền, hẹn người dân gặp riêng ngoài Bộ phận Một cửa.',
			en: 'Compare the documents and fees actually required with the published procedure; ask citizens. Violation: extra papers (e.g. certified copies when not required), extra charges, meeting citizens privately outside the one-stop.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 5', clause: 'khoản 1', point: 'điểm đ, e', confidence: 'V' }),
			cite(ND_61_2018, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm c', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 18', clause: 'khoản 5, 6', confidence: 'V' }),
			nd118Successor('Điều 5 khoản 1 điểm đ, e; Điều 11 khoản 2 điểm c')
		]
	},

	// —— 8. IT use and online services ——
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
	},

	// —— 9. Feedback and citizen reception ——
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
