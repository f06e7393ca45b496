// Starts an embedded Neo4j Community DBMS with its Bolt connector, for `npm start` and the tests.
// Every setting comes from the neo4j.conf that the Node side writes; this file only owns the
// life cycle: start, set the password, announce readiness on stdout, shut down cleanly.
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
    public static void main(String[] args) {
        if (args.length != 2) {
            System.out.println("NEO4J_FAILED usage: Launcher <home-dir> <neo4j.conf>");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        Path conf = Path.of(args[1]);
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (Throwable e) {
            System.out.println("NEO4J_FAILED " + rootMessage(e));
            System.exit(1);
            return;
        }
        // The shutdown hook runs on SIGTERM/SIGINT and on System.exit: it checkpoints the store.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("NEO4J_STOPPED");
        }));
        // No password given: the store keeps the one it has, which its owner may have changed.
        if (!password.isEmpty()) try {
            // Embedded access bypasses auth, so a given password is (re)applied on this start:
            // the environment, not an old store, decides what clients must present.
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        } catch (Throwable e) {
            // A store from an earlier start already has this password: nothing to change.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                System.out.println("NEO4J_FAILED could not set the password: " + rootMessage(e));
                System.exit(1);
            }
        }
        System.out.println("NEO4J_READY");
        System.out.flush();

        // The parent holds our stdin open; when it goes away (even by SIGKILL) we stop too,
        // so no orphaned database is ever left holding the store lock.
        try {
            InputStream in = System.in;
            while (in.read() != -1) { /* ignore input */ }
        } catch (IOException ignored) {
        }
        System.exit(0);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.replace('\n', ' ');
    }
}
