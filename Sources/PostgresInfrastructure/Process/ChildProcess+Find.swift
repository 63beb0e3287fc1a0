import Foundation

extension ChildProcess {
    /// The first of `names` that is an executable file in a folder of `PATH` (as a shell would find it), e.g.
    /// `msmtp`, or `chromium` before `chromium-browser`; nil when none is installed.
    public static func find(_ names: String..., environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}
