import Foundation
import Hummingbird
import PostgresInfrastructure

/// The staff console (issue 16): server-rendered pages for staff, lecturers and admins, on the same use cases
/// and access rules as the API. Its pages live at the service's root (`/`, `/classes`, …); the API stays under
/// `/v1`.
struct ConsoleRoutes {
    let database: Database
    let limiter: FailureLimiter
    let proxies: [AddressRange]
    let now: @Sendable () -> Date

    func add(to router: Router<ServiceContext>) {
        let pages = ConsolePages()
        let signIns = ConsoleSignIns(database: database, proxies: proxies)
        ConsoleAssets().add(to: router)
        let console = router.group()
            .add(middleware: ConsoleMiddleware(database: database, signIns: signIns, pages: pages))
        let signedIn = console.group().add(middleware: SignedInMiddleware())
        ConsoleLanguage(signIns: signIns).add(to: console)
        SignInRoutes(database: database, pages: pages, signIns: signIns, limiter: limiter, proxies: proxies)
            .add(to: console, signedIn: signedIn)
        CertificateCheckPage(database: database, pages: pages, limiter: limiter, proxies: proxies).add(to: console)
        DashboardPage(
            database: database, pages: pages, now: now, goldenTimes: DashboardCache(now: now),
            attentions: DashboardCache(now: now)
        ).add(to: signedIn)
        ClassPages(database: database, pages: pages).add(to: signedIn)
        ClassActions(database: database, pages: pages).add(to: signedIn)
        AttendancePage(database: database, pages: pages).add(to: signedIn)
        SignInSheetPage(database: database).add(to: signedIn)
        DelegatePages(database: database, pages: pages).add(to: signedIn)
        ReportPage(database: database, pages: pages).add(to: signedIn)
        InductionWhatIfPage(database: database, pages: pages, now: now).add(to: signedIn)
        InductionWhatIfRunPage(database: database, pages: pages).add(to: signedIn)
        AuditPage(database: database, pages: pages).add(to: signedIn)
        ConferencePages(database: database, pages: pages).add(to: signedIn)
        SurveyPages(database: database, pages: pages, now: now).add(to: signedIn)
        SchedulePage(database: database, pages: pages, now: now).add(to: signedIn)
        ImportPages(database: database, pages: pages, now: now).add(to: signedIn)
    }
}
