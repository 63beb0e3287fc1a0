import TestSupport

enum TestPaths {
    static let migrations = TestCluster.migrationsDirectory
}
