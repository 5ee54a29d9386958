using Corpus.Storage;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's direct and partial statements grouped into quotes, taken in upload order: each statement joins the
/// quote whose wordings it reports, or starts one named after it; the fullest wording is canonical.
/// </summary>
internal sealed class SpeakerQuotes(string speakerId)
{
    private readonly QuoteGrouping _grouping = new();

    /// <summary>The quote of each statement.</summary>
    public Dictionary<string, string> QuoteOf { get; } = new(StringComparer.Ordinal);

    /// <summary>The canonical wording of each quote.</summary>
    public Dictionary<string, string> Canonical { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<string>> _outlets = new(StringComparer.Ordinal);

    /// <summary>The quote as it should be stored.</summary>
    public QuoteState State(string quoteId) => new(quoteId, speakerId, Canonical[quoteId], _outlets[quoteId].Count);

    public static SpeakerQuotes Of(string speakerId, IEnumerable<QuotedStatement> statements)
    {
        var quotes = new SpeakerQuotes(speakerId);
        quotes.Add(statements);
        return quotes;
    }

    /// <returns>The quotes the statements joined or started.</returns>
    public HashSet<string> Add(IEnumerable<QuotedStatement> statements)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            var wording = PreparedWording.Of(statement.Text);
            var quoteId = _grouping.Find(wording) ?? StableId.Of("quote", speakerId, statement.Id);
            _grouping.Add(quoteId, wording);
            QuoteOf[statement.Id] = quoteId;
            (_outlets.TryGetValue(quoteId, out var outlets) ? outlets : _outlets[quoteId] = new(StringComparer.Ordinal)).Add(statement.Outlet);
            touched.Add(quoteId);
        }
        foreach (var id in touched)
        {
            Canonical[id] = _grouping.Canonical(id);
        }
        return touched;
    }
}
