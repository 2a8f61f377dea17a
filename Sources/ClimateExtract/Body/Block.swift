/// One paragraph-level run of text taken from the tree, with the numbers pruning needs.
struct Block {
    var text: String
    /// The innermost block element around the text (`p`, `li`, `h2`, `div` ...).
    var tag: Tag
    /// Visible characters, and those inside links.
    var length: Int
    var linkLength: Int
    /// The element that produced the block.
    var node: Int

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
