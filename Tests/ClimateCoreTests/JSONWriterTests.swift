import Foundation
import Testing
@testable import ClimateCore

@Suite struct JSONWriterTests {
    @Test func nestedObjectsAndEscapes() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", "x\"y\\\n\u{1}é")
        w.key("list"); w.beginArray(); w.int(1); w.beginObject(); w.field("b", true); w.endObject(); w.null(); w.endArray()
        w.field("missing", nil as String?)
        w.key("d"); w.double(0.5)
        w.endObject()
        #expect(w.string == #"{"a":"x\"y\\\n\u0001é","list":[1,{"b":true},null],"d":0.5}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        #expect(parsed?["a"] as? String == "x\"y\\\n\u{1}é")
    }

    @Test func utcFormatRoundTrip() {
        #expect(UTCFormat.string(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(UTCFormat.string(UTCFormat.date(year: 2004, month: 2, day: 29, hour: 23, minute: 59, second: 59)) == "2004-02-29T23:59:59Z")
        #expect(UTCFormat.string(UTCFormat.date(year: 1, month: 1, day: 1)) == "0001-01-01T00:00:00Z")
        #expect(UTCFormat.isValid(year: 2100, month: 2, day: 29) == false)
    }
}
