// The photos every photo benchmark measures (tests/fixtures/photos, README there says what each is):
// the 12 MP camera pixels three ways (plain, turned by EXIF orientation 6, without EXIF), an
// untouched 5 MP camera file, and two untouched iPhone 6 photos of printed documents (one of them
// stored turned, EXIF orientation 6), the typical evidence.
export const PHOTO_FIXTURES = [
	'sony-rx100m4-12mp.jpg',
	'sony-rx100m4-12mp-orientation6.jpg',
	'sony-rx100m4-12mp-no-exif.jpg',
	'konica-minolta-dimage-z5-original.jpg',
	'iphone6-printed-page-on-desk.jpg',
	'iphone6-printed-timetable.jpg'
];
