// Checks Cypher statements with Neo4j's own Cypher parser and semantic analysis
// (@neo4j-cypher/language-support), without a server.
// Reads JSON from standard input:
//   {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...], "statements": {"name": "text"}}
// Writes JSON: {"versions": [...], "problems": {"name": ["CYPHER 5: message", ...]}, "parameters": {"name": ["id", ...]}}
// (problems: only statements that have some; parameters: the $names each statement uses, as the parser reads them).
// Errors and warnings both count: a warning names, e.g., a label outside the allow-list or an unknown property.
import { allCypherVersions, isNotParamError, lintCypherQuery, parseParameters } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const problems = {};
const parameters = {};
for (const [name, text] of Object.entries(input.statements)) {
  parameters[name] = [...new Set(parseParameters(text, false))].sort();
  for (const version of allCypherVersions) {
    const schema = {
      labels: input.labels,
      relationshipTypes: input.relationshipTypes,
      propertyKeys: input.propertyKeys,
      defaultLanguage: version,
    };
    const { diagnostics } = lintCypherQuery(text, schema);
    for (const d of diagnostics.filter(isNotParamError)) {
      (problems[name] ??= []).push(`${version}: ${d.message}`);
    }
  }
}
process.stdout.write(JSON.stringify({ versions: allCypherVersions, problems, parameters }));
