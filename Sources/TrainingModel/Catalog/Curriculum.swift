/// Khung chương trình: a program for a target group, an ordered list of modules with a completion rule.
public struct Curriculum: Hashable, Sendable {
    public var code: String
    public var termCode: String
    public var title: String
    /// The target groups in words, as the program's documents name them.
    public var targetGroups: [String]
    /// Who may enroll, in conditions ttbd can check; anyone when empty.
    public var audience: Audience
    public var completionRule: CompletionRule
    /// Who issues its certificates; a certificate cannot be printed without one.
    public var issuer: CertificateIssuer?
    /// In teaching order: a module's position is its place in this list, from 1.
    public var modules: [Module]

    public init(
        code: String, termCode: String, title: String, targetGroups: [String] = [],
        audience: Audience = Audience(), completionRule: CompletionRule = CompletionRule(),
        issuer: CertificateIssuer? = nil, modules: [Module] = []
    ) {
        self.code = code
        self.termCode = termCode
        self.title = title
        self.targetGroups = targetGroups
        self.audience = audience
        self.completionRule = completionRule
        self.issuer = issuer
        self.modules = modules
    }
}
