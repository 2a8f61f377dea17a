import ClimateCore
import ClimateStore
import Foundation

/// Finds the configured outlet of a document: by its declared outlet (id or name), else by host.
struct OutletMatcher: Sendable {
    private let byKey: [String: OutletRecord]
    private let byDomain: [String: OutletRecord]

    init(_ outlets: [PipelineConfig.Outlet]) {
        var byKey: [String: OutletRecord] = [:], byDomain: [String: OutletRecord] = [:]
        for outlet in outlets {
            let record = OutletRecord(id: StableID.make(outlet.domain ?? outlet.name), name: outlet.name, domain: outlet.domain,
                                      country: outlet.country, language: outlet.language)
            byKey[outlet.id.lowercased()] = record
            byKey[outlet.name.lowercased()] = record
            if let domain = outlet.domain { byDomain[domain] = record; byKey[domain] = record }
        }
        self.byKey = byKey
        self.byDomain = byDomain
    }

    /// The outlet of `document`, if the config names it.
    func outlet(for document: Document, url: String?) -> OutletRecord? {
        if let declared = document.outlet?.lowercased(), let record = byKey[declared] { return record }
        guard var host = (url ?? document.url).flatMap({ URLComponents(string: $0)?.host?.lowercased() }) else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while true {
            if let record = byDomain[host] { return record }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
        }
    }
}
