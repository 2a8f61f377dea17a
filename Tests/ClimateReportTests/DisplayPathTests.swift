import ClimateReport
import Foundation
import Testing

/// Reports name their store by a path that reads the same in every checkout.
@Suite("Store path in reports")
struct DisplayPathTests {
    @Test("inside the current directory: relative, with . and .. resolved")
    func relativeInside() {
        let current = FileManager.default.currentDirectoryPath
        #expect(ReportStore.displayPath(current + "/out/demo/store.sqlite") == "out/demo/store.sqlite")
        #expect(ReportStore.displayPath("corpora/demo/../../out/demo/store.sqlite") == "out/demo/store.sqlite")
        #expect(ReportStore.displayPath("./a/./b.sqlite") == "a/b.sqlite")
    }

    @Test("outside the current directory: the absolute, standardised path")
    func absoluteOutside() {
        #expect(ReportStore.displayPath("/nonexistent-root/x/../store.sqlite") == "/nonexistent-root/store.sqlite")
    }
}
