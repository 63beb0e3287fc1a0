extension Unicode.Scalar {
    /// A control character (C0, DEL, C1) or a mark that reorders text on screen (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069): what no name or code holds, and what a terminal or a page acts on unseen.
    public var isInvisibleControl: Bool {
        // The controls (general category Cc) are U+0000–U+001F and U+007F–U+009F, fixed by Unicode's stability
        // policy; compared as numbers, since this runs for every letter of a national roster beyond ASCII.
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
