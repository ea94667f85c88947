import type { MigrationStep } from '../../migrationStep';
import { PHOTO_FLAG_COLUMN_SQL } from '../../photoReuse';

export const step: MigrationStep = {
	version: 8,
	name: 'photo flag on inspection heads',
	sql: PHOTO_FLAG_COLUMN_SQL
};
