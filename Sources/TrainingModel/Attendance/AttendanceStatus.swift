import Foundation

/// Điểm danh: how a delegate was marked at one session.
public enum AttendanceStatus: String, Sendable, CaseIterable, Codable {
    case present
    case late
    case excused
    case absent

    /// Present or late: what counts towards completion.
    public var attended: Bool { self == .present || self == .late }

    /// có mặt, đi muộn, vắng có phép, vắng: how an attendance sheet says it.
    public var vietnamese: String {
        switch self {
        case .present: "có mặt"
        case .late: "đi muộn"
        case .excused: "vắng có phép"
        case .absent: "vắng"
        }
    }

    /// The mark a check-in at `time` earns: present up to `graceMinutes` after the session starts, late after.
    public static func checkIn(at time: Date, sessionStart: Date, graceMinutes: Int) -> AttendanceStatus {
        time <= sessionStart.addingTimeInterval(TimeInterval(graceMinutes * 60)) ? .present : .late
    }
}
