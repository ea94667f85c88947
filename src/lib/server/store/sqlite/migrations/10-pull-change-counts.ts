import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 10,
	name: 'change counts for pulls: recommendations per agency, and the catalog',
	sql: `
-- Per agency, a number bumped in the same transaction as every new or changed recommendation, by
-- triggers so that no write path can forget it: a pull compares it with the one the phone holds and
-- sends an agency's recommendations only when they differ (see sync/pullRecommendations.ts). One
-- primary-key read per followed agency, however long the province's history.
CREATE TABLE agency_recommendation_versions (
	agency_id TEXT PRIMARY KEY,
	version INTEGER NOT NULL
) STRICT;
INSERT INTO agency_recommendation_versions (agency_id, version) SELECT agency_id, COUNT(*) FROM recommendations GROUP BY agency_id;
CREATE TRIGGER recommendations_inserted AFTER INSERT ON recommendations BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER recommendations_updated AFTER UPDATE ON recommendations BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = version + 1;
END;

-- One number that changes with any agency or template, written by triggers so that no write path
-- can forget it: app servers reload and re-hash the catalog only when it moved (sync/catalogSnapshot.ts).
CREATE TABLE catalog_version (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL
) STRICT;
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE TRIGGER agencies_inserted AFTER INSERT ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER agencies_updated AFTER UPDATE ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER agencies_deleted AFTER DELETE ON agencies BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_inserted AFTER INSERT ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_updated AFTER UPDATE ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER templates_deleted AFTER DELETE ON templates BEGIN UPDATE catalog_version SET version = version + 1; END;
`
};
