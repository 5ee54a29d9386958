namespace Corpus.Text.Statements;

/// <summary>
/// One quotation in a paragraph: the opening mark at <see cref="Open"/>, the quoted words from <see cref="Start"/> to
/// <see cref="End"/>, and the end of the closing mark at <see cref="Close"/>. An unclosed quotation runs to the paragraph's end.
/// </summary>
public readonly record struct QuoteSpan(int Open, int Start, int End, int Close, bool Unclosed);
