import Testing

@testable import PostgresInfrastructure

@Suite("Cutting a migration into statements")
struct SQLScriptTests {
    @Test("cuts at semicolons and records the line each statement starts on")
    func simpleStatements() {
        let script = SQLScript("CREATE TABLE a (x int);\n\n-- a comment; with a semicolon\nCREATE TABLE b (y int);\n")
        #expect(script.statements.map(\.text) == ["CREATE TABLE a (x int)", "CREATE TABLE b (y int)"])
        #expect(script.statements.map(\.line) == [1, 4])
    }

    @Test("keeps semicolons inside strings, quoted identifiers, comments and dollar-quoted bodies")
    func hiddenSemicolons() {
        let source = """
            INSERT INTO t VALUES ('a;b', "we;ird");
            /* block; /* nested; */ still; */ SELECT 1;
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$
            BEGIN RETURN 1; END;
            $body$;
            SELECT $1::text;
            """
        let texts = SQLScript(source).statements.map(\.text)
        #expect(texts.count == 4)
        #expect(texts[0] == "INSERT INTO t VALUES ('a;b', \"we;ird\")")
        #expect(texts[2].hasSuffix("END;\n$body$"))
        #expect(texts[3] == "SELECT $1::text")
    }

    @Test("a file of only comments has no statements")
    func onlyComments() {
        #expect(SQLScript("-- nothing here;\n  -- nor here\n").statements.isEmpty)
    }

    @Test("every shipped migration cuts into statements that start with a keyword")
    func shippedMigrations() throws {
        let migrations = try Migration.load(from: TestPaths.migrations)
        #expect(migrations.count >= 8)
        for migration in migrations {
            for statement in SQLScript(migration.sql).statements {
                #expect(statement.text.first?.isLetter == true, "\(migration.name):\(statement.line)")
            }
        }
    }
}
