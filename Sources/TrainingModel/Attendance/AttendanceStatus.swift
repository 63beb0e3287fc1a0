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
    public var vietnamese: String { wording.text(in: .vietnamese) }

    /// The mark in a sentence, worded in the reader's language: present or có mặt.
    public var wording: Message {
        switch self {
        case .present: "present"
        case .late: "late"
        case .excused: "excused"
        case .absent: "absent"
        }
    }

    /// The mark a check-in at `time` earns: present up to `graceMinutes` after the session starts, late after.
    public static func checkIn(at time: Date, sessionStart: Date, graceMinutes: Int) -> AttendanceStatus {
        time <= sessionStart.addingTimeInterval(TimeInterval(graceMinutes * 60)) ? .present : .late
    }
}
