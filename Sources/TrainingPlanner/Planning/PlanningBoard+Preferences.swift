import TrainingModel

extension PlanningBoard {
    /// The classes whose modules go in another order than they would without the months people asked for, each
    /// with the requests that moved them.
    func preferredOrders() -> [PreferredModuleOrder] {
        problem.classes.indices.compactMap { classIndex in
            let trainingClass = problem.classes[classIndex]
            let programOrder = Self.prerequisitesFirst(
                prerequisitesInClass[classIndex], preferring: Array(trainingClass.modules.indices))
            guard let province = trainingClass.province, moduleOrder[classIndex] != programOrder else { return nil }
            let codes = { (order: [Int]) in order.map { self.problem.modules[trainingClass.modules[$0]].code } }
            let preferred = codes(moduleOrder[classIndex])
            let requests = preferred.flatMap { module in
                problem.monthPreferences.requests(module: module, province: province).map { request -> Message in
                    "\(module) in \(request.month.description) (\(number: request.count) requests)"
                }
            }
            return PreferredModuleOrder(
                classIndex: classIndex, modules: preferred,
                wording:
                    "class \(trainingClass.code) takes its modules in the order \(preferred.joined(separator: ", "))"
                    + " instead of \(codes(programOrder).joined(separator: ", ")): the requests of province"
                    + " \(province) by month are \(Message.joined(requests, separator: ", "))")
        }
    }
}
