import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension DelegateStore {
    /// Candidates matching `filter`, sorted as delegates are, each with the delegate record it was linked to.
    public func candidates(matching filter: DelegateFilter) async throws -> [CandidateRecord] {
        let records = try await delegates(matching: filter, standing: .candidate)
        let links = try await linkedDelegates(of: records.map(\.delegate.code))
        return records.map { CandidateRecord(record: $0, linkedDelegate: links[$0.delegate.code]) }
    }

    /// The candidate with `code`, if there is one.
    public func candidate(code: String) async throws -> CandidateRecord? {
        let query: PostgresQuery =
            "\(unescaped: Self.delegateColumns) WHERE d.code = \(code) AND d.standing = 'candidate'"
        guard let record = try await records(query).first else { return nil }
        return CandidateRecord(record: record, linkedDelegate: try await linkedDelegates(of: [code])[code])
    }

    /// The unlinked candidates whose national id a delegate has, by the candidate's code: the elected,
    /// found when the new term's roster is imported.
    public func candidateMatches() async throws -> [CandidateMatch] {
        let rows = try await client.query(
            """
            SELECT c.code, c.full_name, d.code, d.full_name, c.national_id
            FROM delegates c JOIN delegates d ON d.national_id = c.national_id AND d.standing = 'delegate'
            WHERE c.standing = 'candidate' AND c.linked_delegate_id IS NULL
            ORDER BY c.code
            """, logger: logger)
        var matches: [CandidateMatch] = []
        for try await row in rows.decode((String, String, String, String, String).self) {
            matches.append(
                CandidateMatch(
                    candidateCode: row.0, candidateName: row.1, delegateCode: row.2, delegateName: row.3,
                    nationalID: row.4))
        }
        return matches
    }

    private func linkedDelegates(of codes: [String]) async throws -> [String: CandidateRecord.LinkedDelegate] {
        var links: [String: CandidateRecord.LinkedDelegate] = [:]
        let rows = try await client.query(
            """
            SELECT c.code, d.code, d.full_name, c.linked_at
            FROM delegates c JOIN delegates d ON d.id = c.linked_delegate_id
            WHERE c.code = ANY(\(codes)::text[])
            """, logger: logger)
        for try await (candidate, code, name, at) in rows.decode((String, String, String, Date).self) {
            links[candidate] = CandidateRecord.LinkedDelegate(code: code, fullName: name, linkedAt: at)
        }
        return links
    }
}
