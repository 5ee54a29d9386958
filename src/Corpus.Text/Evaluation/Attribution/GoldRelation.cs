namespace Corpus.Text.Evaluation.Attribution;

/// <summary>
/// One annotated attribution: its content (pieces joined by spaces, each piece a fragment), source and cue texts,
/// and whether its label is <c>Attribution-no-source</c>.
/// </summary>
public sealed record GoldRelation(string Content, IReadOnlyList<string> Fragments, string Source, string Cue, bool NoSourceLabel)
{
    public bool HasSource => Source.Length > 0;

    public bool IsDirect => QuotationMarks.IsDirect(Content);

    /// <summary>Has a source and quotation marks, yet under half of its tokens lie inside them.</summary>
    public bool IsPartialQuote => HasSource && !IsDirect && QuotationMarks.HasMark(Content);
}
