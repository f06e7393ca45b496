// Runs after `npm install`: checks for Java 17+ and Maven, fetches the Neo4j jars once, and
// builds the client. Each step says what it is doing; a missing tool is one clear line.
import { ensureLauncherCompiled, ensureNeo4jJars, checkJava, checkMaven } from '../neo4j/runtime';
import { buildClient } from '../client-dist';
import { exitWithProblem } from '../cli/exit';

async function main() {
  await checkJava();
  await checkMaven();
  await ensureNeo4jJars();
  await ensureLauncherCompiled();
  await buildClient();
}

main().catch(exitWithProblem);
