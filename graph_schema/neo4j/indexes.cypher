// Generated from graph_schema/schema.toml by `python -m netmap.store.neo4j_ddl`; do not edit by hand.
// netmap runs these itself when it opens a Neo4j store; run them with cypher-shell to create them ahead.
CREATE INDEX netmap_actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX netmap_actor_sort_name IF NOT EXISTS FOR (n:Actor) ON (n.sort_name);
CREATE INDEX netmap_actor_region IF NOT EXISTS FOR (n:Actor) ON (n.region);
CREATE INDEX netmap_actor_visibility IF NOT EXISTS FOR (n:Actor) ON (n.visibility);
CREATE TEXT INDEX netmap_actor_search IF NOT EXISTS FOR (n:Actor) ON (n.search);
CREATE INDEX netmap_history_subject IF NOT EXISTS FOR (n:NetmapHistory) ON (n.subject_id);
CREATE INDEX netmap_record_collection IF NOT EXISTS FOR (n:NetmapRecord) ON (n.collection);
CREATE INDEX netmap_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX netmap_funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.id);
CREATE INDEX netmap_runs_id IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.id);
CREATE INDEX netmap_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX netmap_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
