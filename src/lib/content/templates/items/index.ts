/**
 * Every checklist item, once, one file per theme. Templates pick from here, so an item id means
 * the same check (same wording, same citations) in every template that uses it.
 */
import { DISCIPLINE_ITEMS } from './discipline';
import { COMMUNICATION_ITEMS } from './communication';
import { DRESS_ITEMS } from './dress';
import { OFFICE_ITEMS } from './office';
import { ALCOHOL_TOBACCO_ITEMS } from './alcoholTobacco';
import { MEETING_ITEMS } from './meetings';
import { PUBLIC_LISTING_ITEMS } from './publicListing';
import { DIGITAL_ITEMS } from './digital';
import { FEEDBACK_ITEMS } from './feedback';

export const ITEMS = {
	...DISCIPLINE_ITEMS,
	...COMMUNICATION_ITEMS,
	...DRESS_ITEMS,
	...OFFICE_ITEMS,
	...ALCOHOL_TOBACCO_ITEMS,
	...MEETING_ITEMS,
	...PUBLIC_LISTING_ITEMS,
	...DIGITAL_ITEMS,
	...FEEDBACK_ITEMS,
};
