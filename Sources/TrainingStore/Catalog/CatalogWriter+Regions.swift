import PostgresNIO
import TrainingModel

extension CatalogWriter {
    /// The regions and which provinces each holds, in the order hosts rotate. A region a conference was held
    /// in cannot be removed: the reference refuses it, and the import says what still uses it.
    func applyRegions() async throws {
        let regions = catalog.regions
        try await run(
            """
            INSERT INTO regions (code, name)
            SELECT * FROM unnest(\(regions.map(\.code))::text[], \(regions.map(\.name))::text[])
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE regions.name IS DISTINCT FROM EXCLUDED.name
            """)
        let members = regions.flatMap { region in
            region.provinceCodes.enumerated().map { (region.code, $1, $0 + 1) }
        }
        try await run(
            "DELETE FROM region_provinces WHERE province_code <> ALL(\(members.map(\.1))::text[])")
        try await run(
            """
            INSERT INTO region_provinces (region_code, province_code, position)
            SELECT * FROM unnest(\(members.map(\.0))::text[], \(members.map(\.1))::text[], \(members.map(\.2))::int[])
            ON CONFLICT (province_code) DO UPDATE SET region_code = EXCLUDED.region_code, position = EXCLUDED.position
            WHERE (region_provinces.region_code, region_provinces.position)
                IS DISTINCT FROM (EXCLUDED.region_code, EXCLUDED.position)
            """)
        try await run("DELETE FROM regions WHERE code <> ALL(\(regions.map(\.code))::text[])")
    }
}
