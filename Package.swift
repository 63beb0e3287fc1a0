// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "ttbd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ttbd", targets: ["ttbd"]),
        .library(name: "TrainingModel", targets: ["TrainingModel"]),
        .library(name: "TrainingImport", targets: ["TrainingImport"]),
        .library(name: "Spreadsheets", targets: ["Spreadsheets"]),
        .library(name: "TrainingPlanner", targets: ["TrainingPlanner"]),
        .library(name: "CourseTimetabling", targets: ["CourseTimetabling"]),
        .library(name: "PostgresInfrastructure", targets: ["PostgresInfrastructure"]),
        .library(name: "TrainingStore", targets: ["TrainingStore"]),
        .library(name: "TrainingOperations", targets: ["TrainingOperations"]),
        .library(name: "TrainingService", targets: ["TrainingService"]),
        .library(name: "PrintedPages", targets: ["PrintedPages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedFilesPlugin", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        .target(name: "TrainingModel", swiftSettings: strict),
        .target(
            name: "TrainingImport",
            dependencies: [
                "TrainingModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Spreadsheets",
            dependencies: ["TrainingModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .target(name: "TrainingPlanner", dependencies: ["TrainingModel"], swiftSettings: strict),
        .target(name: "CourseTimetabling", dependencies: ["TrainingModel"], swiftSettings: strict),
        .target(
            name: "PostgresInfrastructure",
            dependencies: [
                "TrainingModel",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict,
            plugins: ["EmbedFilesPlugin"]
        ),
        .target(
            name: "TrainingStore",
            dependencies: [
                "TrainingModel",
                "TrainingPlanner",
                "PostgresInfrastructure",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "PrintedPages",
            dependencies: ["TrainingModel", "TrainingStore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "TrainingService",
            dependencies: [
                "TrainingModel",
                "PostgresInfrastructure",
                "TrainingStore",
                "TrainingOperations",
                "Spreadsheets",
                "PrintedPages",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Resources"],
            swiftSettings: strict,
            plugins: ["EmbedFilesPlugin"]
        ),
        .target(
            name: "TrainingOperations",
            dependencies: [
                "TrainingModel", "TrainingImport", "TrainingPlanner", "PostgresInfrastructure", "TrainingStore",
                "Spreadsheets",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "enrollment-benchmark",
            dependencies: ["PostgresInfrastructure", "TrainingStore", "TrainingOperations"],
            path: "Benchmarks/EnrollmentBenchmark",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "ttbd",
            dependencies: [
                "TrainingModel",
                "TrainingImport",
                "TrainingPlanner",
                "CourseTimetabling",
                "PostgresInfrastructure",
                "TrainingStore",
                "TrainingOperations",
                "TrainingService",
                "Spreadsheets",
                "PrintedPages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "TrainingModelTests", dependencies: ["TrainingModel"], swiftSettings: strict),
        .testTarget(name: "TrainingImportTests", dependencies: ["TrainingImport"], swiftSettings: strict),
        .testTarget(
            name: "SpreadsheetsTests",
            dependencies: ["Spreadsheets", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .testTarget(name: "PrintedPagesTests", dependencies: ["PrintedPages"], swiftSettings: strict),
        .testTarget(name: "TrainingPlannerTests", dependencies: ["TrainingPlanner"], swiftSettings: strict),
        .testTarget(name: "CourseTimetablingTests", dependencies: ["CourseTimetabling"], swiftSettings: strict),
        .target(
            name: "TestSupport",
            dependencies: [
                "TrainingImport", "PostgresInfrastructure", "TrainingStore", "TrainingOperations",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "TrainingStoreTests",
            dependencies: [
                "PostgresInfrastructure", "TrainingStore", "TrainingOperations", "TestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TrainingOperationsTests",
            dependencies: [
                "TrainingImport", "TrainingOperations", "PostgresInfrastructure", "TrainingStore", "TestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TrainingServiceTests",
            dependencies: [
                "TrainingModel",
                "PostgresInfrastructure",
                "TrainingOperations",
                "TrainingService",
                "Spreadsheets",
                "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ttbdTests",
            dependencies: [
                "ttbd", "PostgresInfrastructure", "TrainingOperations", "Spreadsheets", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
    ]
)
