/// Who issues a program's certificates, as the certificate's official header and signature block name them: the
/// body (cơ quan cấp), the body above it when the header names one, the title of who signs, and the place written
/// before the date ("Hà Nội, ngày … tháng … năm …").
public struct CertificateIssuer: Hashable, Sendable, Codable {
    public var body: String
    public var parentBody: String?
    public var signerTitle: String
    public var place: String

    public init(body: String, parentBody: String? = nil, signerTitle: String, place: String) {
        self.body = body
        self.parentBody = parentBody
        self.signerTitle = signerTitle
        self.place = place
    }
}
