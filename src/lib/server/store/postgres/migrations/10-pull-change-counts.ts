import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 10,
	name: 'change counts for pulls: recommendations per agency, and the catalog',
	sql: `
-- Per agency, a number bumped in the same transaction as every new or changed recommendation, by a
-- trigger so that no write path can forget it: a pull compares it with the one the phone holds and
-- sends an agency's recommendations only when they differ (see sync/pullRecommendations.ts). One
-- primary-key read per followed agency, however long the province's history. Writers of one
-- agency's recommendations queue on its row only until they commit.
CREATE TABLE agency_recommendation_versions (
	agency_id text PRIMARY KEY,
	version bigint NOT NULL
);
INSERT INTO agency_recommendation_versions (agency_id, version) SELECT agency_id, COUNT(*) FROM recommendations GROUP BY agency_id;
CREATE FUNCTION bump_agency_recommendation_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO agency_recommendation_versions (agency_id, version) VALUES (NEW.agency_id, 1)
	ON CONFLICT (agency_id) DO UPDATE SET version = agency_recommendation_versions.version + 1;
	RETURN NULL;
END
$$;
CREATE TRIGGER recommendations_changed AFTER INSERT OR UPDATE ON recommendations FOR EACH ROW EXECUTE FUNCTION bump_agency_recommendation_version();

-- One number that changes with any agency or template, written by a trigger so that no write path
-- (nor another app server) can forget it: each server reloads and re-hashes the catalog only when it
-- moved (sync/catalogSnapshot.ts). Catalog writes are rare (an administrator), so one row is no hot spot.
CREATE TABLE catalog_version (
	id integer PRIMARY KEY CHECK (id = 1),
	version bigint NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE catalog_version SET version = version + 1;
	RETURN NULL;
END
$$;
CREATE TRIGGER agencies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agencies FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER templates_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON templates FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
`
};
