import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel

/// `GET /certificates/{number}`: the public page a certificate's QR code opens, without sign-in, so that anyone
/// handed a certificate can check it: valid or revoked, whose it is, which program and when it was issued. It
/// shows nothing more of the delegate (no code, no birth date). Unknown numbers count against the client's
/// address with the sign-in limit, which slows a sweep through the numbers.
struct CertificateCheckPage {
    let database: Database
    let pages: ConsolePages
    let limiter: FailureLimiter
    let proxies: [AddressRange]

    struct View: ConsoleView {
        let frame: ConsoleFrame
        let number: String
        let valid: Bool
        let revokedOn: String?
        let revocationReason: String?
        let fullName: String
        let programTitle: String
        let classCode: String
        let issuedOn: String
    }

    struct Unknown: ConsoleView {
        let frame: ConsoleFrame
        let number: String
    }

    func add(to console: RouterGroup<ServiceContext>) {
        console.get("certificates/{number}") { request, context in
            // Hummingbird leaves a path parameter percent-encoded; the page says back what was asked.
            let encoded = try context.parameters.require("number")
            let number = encoded.removingPercentEncoding ?? encoded
            let client =
                "certificate:"
                + proxies.client(peer: context.remoteAddress, forwardedFor: request.headers[.xForwardedFor])
            try await limiter.refuseIfLimited(client: client) {
                "Đã hỏi quá nhiều số không có; hãy đợi \($0) giây rồi thử lại."
            }
            // An official page: Vietnamese whatever the reader chose for the console.
            let frame = ConsoleFrame.vietnameseOnly(title: "Kiểm tra giấy chứng nhận", context: context)
            let record: CertificateRecord
            do {
                record = try await database.certificates.certificate(number: number)
            } catch let error as StoreError where error.code == .notFound {
                await limiter.recordFailure(client: client)
                return pages.page("certificate-unknown", Unknown(frame: frame, number: number), status: .notFound)
            }
            return pages.page(
                "certificate-check",
                View(
                    frame: frame, number: record.number, valid: record.valid,
                    revokedOn: record.revokedOn?.vietnameseDayAndTime, revocationReason: record.revocationReason,
                    fullName: record.fullName, programTitle: record.programTitle, classCode: record.classCode,
                    issuedOn: record.issuedOn.vietnameseDayAndTime))
        }
    }
}
