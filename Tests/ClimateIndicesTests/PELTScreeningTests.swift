import ClimateIndices
import Testing

/// The screened PELT (O(1) prefix-sum costs, exact numpy-order costs near decisions) must make
/// exactly the decisions of the plain recursion that uses exact costs everywhere.
@Suite struct PELTScreeningTests {
    /// ruptures' recursion with exact costs only (the slow, obviously faithful version).
    private func plainPELT(_ y: [Double], pen: Double, minSize: Int, jump: Int) -> [Int] {
        let cost = L2SegmentCost(values: y), n = y.count
        var best: [Int: (total: Double, previous: Int)] = [0: (0, 0)]
        var admissible: [Int] = []
        for end in stride(from: 0, to: n, by: jump).filter({ $0 >= minSize }) + [n] {
            admissible.append((end - minSize) / jump * jump)
            var subproblems: [(start: Int, total: Double)] = []
            for start in admissible {
                guard let left = best[start] else { continue }
                subproblems.append((start, left.total + (cost.cost(start, end) + pen)))
            }
            guard var winner = subproblems.first else { continue }
            for candidate in subproblems.dropFirst() where candidate.total < winner.total { winner = candidate }
            best[end] = (winner.total, winner.start)
            admissible = zip(admissible, subproblems).filter { $0.1.total <= winner.total + pen }.map(\.0)
        }
        var breakpoints: [Int] = [], end = n
        while end > 0 { breakpoints.append(end); end = best[end]!.previous }
        return breakpoints.reversed()
    }

    @Test func screeningMatchesPlainRecursion() throws {
        var generator = SeededGenerator(seed: 2024)
        for trial in 0..<120 {
            let n = 6 + generator.index(below: 150)
            var level = 0.0
            let y: [Double] = (0..<n).map { _ in
                if generator.index(below: 25) == 0 { level = Double(generator.index(below: 7)) - 3 }
                let noise = Double(generator.index(below: 1000)) / 1000 - 0.5
                // Every third trial uses coarse values, which creates exact ties between candidates.
                return trial % 3 == 0 ? (level + noise).rounded() : level + noise * 0.4
            }
            let pen = [0.0, 0.01, 0.2, 1, 5][generator.index(below: 5)]
            let minSize = 1 + generator.index(below: 4), jump = 1 + generator.index(below: 5)
            guard n >= 2 * minSize else { continue }
            let options = ChangePointOptions(penalty: pen, minSize: minSize, jump: jump)
            #expect(try PELT.detect(y, options: options).breakpoints == plainPELT(y, pen: pen, minSize: minSize, jump: jump),
                    "trial \(trial) n=\(n) pen=\(pen) min=\(minSize) jump=\(jump)")
        }
    }

    @Test func numpyPairwiseSummationOrder() {
        // Values whose float sum depends on the order: numpy's 8-accumulator blocks give this result.
        let x = (0..<200).map { i in i % 2 == 0 ? 1e16 : 1.0 }
        var plain = 0.0
        for v in x { plain += v }
        let pairwise = NumpySum.pairwise(x)
        #expect(pairwise != plain)
        // python3 -c "import numpy as np; print(repr(np.add.reduce(np.array([1e16, 1.0] * 100))))"
        #expect(pairwise == 1.0000000000000001e18)
        #expect(plain == 1e18)
    }
}
