import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedDatesTests {
    /// The fast path must agree with `DateParser` wherever it answers.
    @Test func fastPathAgreesWithDateParser() {
        let inputs = [
            "Thu, 01 Jan 2004 19:48:21 GMT", "Sat, 07 Sep 2002 00:00:01 GMT", "Mon, 31 Dec 2012 23:59:59 +0200",
            "Tue, 20 Nov 2018 18:30:00 -0500", "Wed, 29 Feb 2012 12:00:00 UT", "Fri, 05 Apr 2024 08:15:00 Z",
            "Fri, 05 Apr 2024 08:15:00 EST", "Fri, 05 Apr 2024 08:15:00 EDT", "Fri, 05 Apr 2024 08:15:00 CST",
            "Fri, 05 Apr 2024 08:15:00 CDT", "Fri, 05 Apr 2024 08:15:00 MST", "Fri, 05 Apr 2024 08:15:00 MDT",
            "Fri, 05 Apr 2024 08:15:00 PST", "Fri, 05 Apr 2024 08:15:00 PDT",
            "2003-12-31T10:14:55Z", "2003-12-31T10:14:55.250Z", "2004-01-01T19:48:21+01:00",
            "2004-01-01T19:48:21-05:30", "2020-02-29T00:00:00Z",
        ]
        for input in inputs {
            let fast = input.utf8.withContiguousStorageIfAvailable { FeedDates.rfc1123($0) ?? FeedDates.w3cdtf($0) } ?? nil
            #expect(fast != nil, "fast path should read \(input)")
            #expect(fast == DateParser.parse(input), "disagree on \(input)")
        }
    }

    @Test func otherShapesFallBackToDateParser() {
        for input in ["Thu, 1 Jan 2004 19:48 EST", "2004-01-01", "Sun Jan  4 16:29:06 2004", "31 Feb 2004", "garbage"] {
            #expect(FeedDates.parse(input) == DateParser.parse(input))
        }
    }
}
