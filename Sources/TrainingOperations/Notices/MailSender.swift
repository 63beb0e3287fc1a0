/// Who notices come from: the address a server accepts mail from, and the center's name, which also signs them.
public struct MailSender: Sendable {
    public var address: String
    public var name: String

    public static let centerName = "Trung tâm bồi dưỡng đại biểu dân cử"

    public init(address: String, name: String = MailSender.centerName) {
        self.address = address
        self.name = name
    }
}
