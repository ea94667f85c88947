import type { Agency } from '$lib/domain/agency';

/**
 * Demo agency tree of Tuyên Quang province after the 1/7/2025 reorganisation: Hà Giang merged into
 * Tuyên Quang, the district level abolished, so the tree runs province → departments / communes and
 * wards → their units. Names of the wards and communes are real (the new province has 7 wards and
 * 117 communes; a selection is listed here). Addresses and coordinates are approximate demo values,
 * close enough for the "far from the registered location" check, not survey data.
 */

const PROVINCE_ID = 'tuyen-quang';
const PROVINCE = 'tỉnh Tuyên Quang';

const province: Agency = {
	id: PROVINCE_ID,
	parentId: null,
	name: 'Ủy ban nhân dân tỉnh Tuyên Quang',
	kind: 'province',
	address: `Số 160 đường Trần Hưng Đạo, phường Minh Xuân, ${PROVINCE}`,
	location: { lat: 21.8233, lng: 105.2142 }
};

/** Specialised agencies of the provincial People's Committee as they stand after the 2025 mergers. */
const departments: Agency[] = [
	department('van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Số 160 đường Trần Hưng Đạo', 21.8235, 105.2139),
	department('so-noi-vu', 'Sở Nội vụ', 'Đường 17 tháng 8', 21.8221, 105.2155),
	department('so-tai-chinh', 'Sở Tài chính', 'Đường Chiến Thắng Sông Lô', 21.8249, 105.2171),
	department('so-tu-phap', 'Sở Tư pháp', 'Đường Tân Trào', 21.8207, 105.2118),
	department('so-xay-dung', 'Sở Xây dựng', 'Đường Lê Duẩn', 21.8262, 105.2104),
	department('so-nong-nghiep-va-moi-truong', 'Sở Nông nghiệp và Môi trường', 'Đường 17 tháng 8', 21.8190, 105.2163),
	department('so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', 'Đường Tân Trào', 21.8214, 105.2096),
	department('so-y-te', 'Sở Y tế', 'Đường Quang Trung', 21.8178, 105.2132),
	department('so-van-hoa-the-thao-va-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Đường Trần Hưng Đạo', 21.8256, 105.2128),
	department('so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', 'Đường Chiến Thắng Sông Lô', 21.8270, 105.2160),
	department('so-cong-thuong', 'Sở Công Thương', 'Đường 17 tháng 8', 21.8199, 105.2147),
	department('so-dan-toc-va-ton-giao', 'Sở Dân tộc và Tôn giáo', 'Đường Quang Trung', 21.8186, 105.2110),
	department('thanh-tra-tinh', 'Thanh tra tỉnh', 'Đường Trần Hưng Đạo', 21.8228, 105.2124),
	department('ban-quan-ly-cac-khu-cong-nghiep', 'Ban Quản lý các khu công nghiệp tỉnh', 'Đường Lê Duẩn', 21.8281, 105.2087)
];

/** Units inside departments: the offices an inspection of the public-facing work usually visits. */
const departmentUnits: Agency[] = [
	{
		// NĐ 118/2025: the provincial Public Administration Service Centre belongs to the provincial People's Committee Office.
		id: 'van-phong-ubnd-tinh.trung-tam-phuc-vu-hcc',
		parentId: 'van-phong-ubnd-tinh',
		name: 'Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang',
		kind: 'service-center',
		address: `Đường 17 tháng 8, phường Minh Xuân, ${PROVINCE}`,
		location: { lat: 21.8212, lng: 105.2150 }
	},
	unit('so-noi-vu', 'phong-cai-cach-hanh-chinh', 'Phòng Cải cách hành chính'),
	unit('so-noi-vu', 'phong-cong-chuc-vien-chuc', 'Phòng Công chức, viên chức'),
	unit('so-tai-chinh', 'phong-dang-ky-kinh-doanh', 'Phòng Đăng ký kinh doanh'),
	unit('so-tu-phap', 'phong-hanh-chinh-tu-phap', 'Phòng Hành chính tư pháp'),
	unit('so-nong-nghiep-va-moi-truong', 'van-phong-dang-ky-dat-dai', 'Văn phòng Đăng ký đất đai')
];

/**
 * Wards and communes, with the road of the People's Committee seat where we know it. Each gets its
 * commune-level Public Administration Service Centre (NĐ 118/2025), where citizens are received.
 */
const communes: Agency[] = [
	// Former Tuyên Quang city and its surroundings.
	...commune('phuong-minh-xuan', 'Phường Minh Xuân', 'Đường Trần Hưng Đạo', 21.8205, 105.2168),
	...commune('phuong-nong-tien', 'Phường Nông Tiến', null, 21.8318, 105.2318),
	...commune('phuong-an-tuong', 'Phường An Tường', null, 21.8062, 105.1934),
	...commune('phuong-my-lam', 'Phường Mỹ Lâm', 'Quốc lộ 2', 21.8791, 105.1782),
	...commune('phuong-binh-thuan', 'Phường Bình Thuận', null, 21.7915, 105.2286),
	...commune('xa-yen-son', 'Xã Yên Sơn', null, 21.8804, 105.2569),
	...commune('xa-son-duong', 'Xã Sơn Dương', 'Quốc lộ 37', 21.6957, 105.3858),
	...commune('xa-tan-trao', 'Xã Tân Trào', null, 21.7850, 105.4310),
	...commune('xa-ham-yen', 'Xã Hàm Yên', 'Quốc lộ 2', 22.0712, 105.0335),
	...commune('xa-chiem-hoa', 'Xã Chiêm Hóa', null, 22.1502, 105.2705),
	...commune('xa-kim-binh', 'Xã Kim Bình', null, 22.1930, 105.1780),
	...commune('xa-na-hang', 'Xã Nà Hang', null, 22.3487, 105.3851),
	...commune('xa-lam-binh', 'Xã Lâm Bình', null, 22.4466, 105.2278),
	// Former Hà Giang province.
	...commune('phuong-ha-giang-1', 'Phường Hà Giang 1', 'Đường Nguyễn Trãi', 22.8254, 104.9838),
	...commune('phuong-ha-giang-2', 'Phường Hà Giang 2', 'Đường Trần Phú', 22.8109, 104.9787),
	...commune('xa-vi-xuyen', 'Xã Vị Xuyên', 'Quốc lộ 2', 22.6689, 104.9826),
	...commune('xa-bac-quang', 'Xã Bắc Quang', 'Quốc lộ 2', 22.4056, 104.8162),
	...commune('xa-tan-quang', 'Xã Tân Quang', 'Quốc lộ 2', 22.5104, 104.8791),
	...commune('xa-hoang-su-phi', 'Xã Hoàng Su Phì', null, 22.7388, 104.6822),
	...commune('xa-xin-man', 'Xã Xín Mần', null, 22.6452, 104.4838),
	...commune('xa-bac-me', 'Xã Bắc Mê', 'Quốc lộ 34', 22.7460, 105.3206),
	...commune('xa-quan-ba', 'Xã Quản Bạ', 'Quốc lộ 4C', 23.0668, 104.9967),
	...commune('xa-yen-minh', 'Xã Yên Minh', 'Quốc lộ 4C', 23.1206, 105.1410),
	...commune('xa-dong-van', 'Xã Đồng Văn', 'Quốc lộ 4C', 23.2786, 105.3624),
	...commune('xa-lung-cu', 'Xã Lũng Cú', null, 23.3633, 105.3163),
	...commune('xa-meo-vac', 'Xã Mèo Vạc', 'Quốc lộ 4C', 23.1594, 105.4063)
];

export const demoAgencies: Agency[] = [province, ...departments, ...departmentUnits, ...communes];

function department(id: string, name: string, street: string, lat: number, lng: number): Agency {
	return {
		id,
		parentId: PROVINCE_ID,
		name,
		kind: 'department',
		address: `${street}, phường Minh Xuân, ${PROVINCE}`,
		location: { lat, lng }
	};
}

/** A unit housed in its department's building: same address and location. */
function unit(parentId: string, slug: string, name: string): Agency {
	const parent = departments.find((d) => d.id === parentId);
	if (!parent) throw new Error(`Unknown department ${parentId}`);
	return { id: `${parentId}.${slug}`, parentId, name, kind: 'unit', address: parent.address, location: parent.location };
}

/** The commune or ward and its service centre, which sits in the People's Committee building. */
function commune(id: string, name: string, street: string | null, lat: number, lng: number): [Agency, Agency] {
	// "Xã Đồng Văn" → "xã Đồng Văn" inside a longer name or address.
	const inText = name.charAt(0).toLowerCase() + name.slice(1);
	const address = [street, inText, PROVINCE].filter(Boolean).join(', ');
	return [
		{ id, parentId: PROVINCE_ID, name, kind: 'commune', address, location: { lat, lng } },
		{
			id: `${id}.mot-cua`,
			parentId: id,
			name: `Trung tâm Phục vụ hành chính công ${inText}`,
			kind: 'service-center',
			address,
			location: { lat: lat + 0.0002, lng: lng + 0.0002 }
		}
	];
}
