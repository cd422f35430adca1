// Generated from graph_schema/schema.toml by `python -m netmap.store.neo4j_ddl`; do not edit by hand.
// netmap runs these itself when it opens a Neo4j store; run them with cypher-shell to create them ahead.
CREATE CONSTRAINT netmap_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT netmap_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT netmap_record_uid IF NOT EXISTS FOR (n:NetmapRecord) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT netmap_history_seq IF NOT EXISTS FOR (n:NetmapHistory) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT netmap_meta_key IF NOT EXISTS FOR (n:NetmapMeta) REQUIRE n.key IS UNIQUE;
