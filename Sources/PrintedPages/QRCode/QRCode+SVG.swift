extension QRCode {
    /// The symbol as an SVG element `millimetres` wide, with the four-module quiet zone the standard asks for:
    /// one path of dark runs, drawn with crisp edges so that a printer does not blur the modules.
    public func svg(millimetres: Double, label: String) -> String {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && self[x, y] { x += 1 }
                path += "M\(start + 4) \(y + 4)h\(x - start)v1h-\(x - start)z"
            }
        }
        let width = "\(millimetres)mm"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLPage.escape(label))\" "
            + "width=\"\(width)\" height=\"\(width)\" viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
