import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingService

/// Behind nginx every request comes from the proxy's address: with `--trusted-proxy`, the failure limit counts
/// the client `X-Forwarded-For` names; without it, that header is the client's own claim and is ignored.
@Suite("The failure limit behind a proxy")
struct TrustedProxyTests {
    @Test("a trusted proxy's clients are counted apart; an untrusted peer cannot pick its address")
    func proxies() async throws {
        for trusted in [true, false] {
            let configuration = ServiceConfiguration(
                jobsInterval: nil, failedAuthenticationLimit: 2, failedAuthenticationWindow: 60,
                trustedProxies: trusted ? [AddressRange("127.0.0.0/8")!] : [])
            try await ServiceWorld.with(configuration: configuration) { world, client in
                var guesses = 0
                func wrong(from address: String) async throws -> HTTPResponse.Status {
                    guesses += 1
                    let headers: HTTPFields = [
                        .authorization: "Bearer ttbd_\(guesses)guess\(String(repeating: "x", count: 38))",
                        HTTPField.Name("X-Forwarded-For")!: "198.51.100.9, \(address)",
                    ]
                    return try await client.execute(uri: "/v1/me", method: .get, headers: headers).status
                }
                #expect(try await wrong(from: "203.0.113.5") == .unauthorized)
                #expect(try await wrong(from: "203.0.113.5") == .unauthorized)
                #expect(try await wrong(from: "203.0.113.5") == .tooManyRequests)
                let other = try await wrong(from: "203.0.113.6")
                #expect(other == (trusted ? .unauthorized : .tooManyRequests), "trusted: \(trusted)")
            }
        }
    }

    @Test("one token guessed from many addresses is turned away by its prefix")
    func prefix() async throws {
        let configuration = ServiceConfiguration(
            jobsInterval: nil, failedAuthenticationLimit: 2, failedAuthenticationWindow: 60,
            trustedProxies: [AddressRange("127.0.0.1")!])
        try await ServiceWorld.with(configuration: configuration) { world, client in
            var statuses: [HTTPResponse.Status] = []
            for address in ["203.0.113.1", "203.0.113.2", "203.0.113.3"] {
                let headers: HTTPFields = [
                    .authorization: "Bearer ttbd_samePrefix-\(address)", HTTPField.Name("X-Forwarded-For")!: address,
                ]
                statuses.append(try await client.execute(uri: "/v1/me", method: .get, headers: headers).status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .tooManyRequests])
        }
    }

    @Test(
        "CIDRs of both families, and what is not one",
        arguments: [
            ("10.0.0.0/8", "10.200.1.2", true), ("10.0.0.0/8", "11.0.0.1", false), ("192.0.2.7", "192.0.2.7", true),
            ("2001:db8::/32", "2001:db8:1::5", true), ("2001:db8::/32", "2001:db9::1", false),
            ("127.0.0.1/32", "::1", false),
        ])
    func ranges(range: String, address: String, inside: Bool) throws {
        #expect(try #require(AddressRange(range)).contains(address) == inside)
    }

    @Test("not CIDRs", arguments: ["10.0.0.0/33", "nginx", "10.0.0/8", "::1/129", ""])
    func notRanges(text: String) {
        #expect(AddressRange(text) == nil)
    }
}
