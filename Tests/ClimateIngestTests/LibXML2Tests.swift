import Testing
@testable import ClimateIngest

@Suite struct LibXML2Tests {
    @Test func linksTheDebianVersion() {
        LibXML2.ensureInitialised()
        #expect(LibXML2.version.hasPrefix("2."))
    }
}
