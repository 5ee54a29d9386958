using Corpus.Storage;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's direct and partial statements grouped into quotes, taken in upload order: each statement joins the
/// quote whose wordings it reports, or starts one named after it; the fullest wording is canonical. It keeps the
/// quotes' wordings and outlets, not which quote each statement joined: that would grow with every outlet's copy.
/// </summary>
internal sealed class SpeakerQuotes(string speakerId)
{
    private readonly QuoteGrouping _grouping = new();

    /// <summary>The distinct outlets of each quote: most have one or two.</summary>
    private readonly Dictionary<string, string[]> _outlets = new(StringComparer.Ordinal);

    /// <summary>The canonical wording of each quote.</summary>
    public Dictionary<string, string> Canonical { get; } = new(StringComparer.Ordinal);

    /// <summary>The quote as it should be stored.</summary>
    public QuoteState State(string quoteId) => new(quoteId, speakerId, Canonical[quoteId], _outlets[quoteId].Length);

    /// <summary>
    /// Takes in the quotes as stored: each quote's distinct wordings in upload order of the first statement of each, and
    /// the outlet of every statement. Taking in the same wording again changes no quote, so this is the state that
    /// taking in all those statements made.
    /// </summary>
    public void Restore(IEnumerable<(string QuoteId, string Text)> wordings, IEnumerable<(string QuoteId, string Outlet)> outlets)
    {
        var restored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (quoteId, text) in wordings)
        {
            _grouping.Add(quoteId, PreparedWording.Of(text));
            restored.Add(quoteId);
        }
        foreach (var (quoteId, outlet) in outlets)
        {
            AddOutlet(quoteId, outlet);
        }
        foreach (var id in restored)
        {
            Canonical[id] = _grouping.Canonical(id);
        }
    }

    /// <summary>Takes in statements in upload order.</summary>
    /// <returns>The quote each statement joined or started.</returns>
    public Dictionary<string, string> Add(IEnumerable<QuotedStatement> statements)
    {
        var quoteOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            var wording = PreparedWording.Of(statement.Text);
            var quoteId = _grouping.Find(wording) ?? StableId.Of("quote", speakerId, statement.Id);
            _grouping.Add(quoteId, wording);
            quoteOf[statement.Id] = quoteId;
            AddOutlet(quoteId, statement.Outlet);
        }
        foreach (var id in quoteOf.Values.Distinct(StringComparer.Ordinal))
        {
            Canonical[id] = _grouping.Canonical(id);
        }
        return quoteOf;
    }

    private void AddOutlet(string quoteId, string outlet)
    {
        var outlets = _outlets.GetValueOrDefault(quoteId, []);
        if (!outlets.Contains(outlet, StringComparer.Ordinal))
        {
            // Interned: each statement brings its own copy of the outlet's name, and outlets are few.
            _outlets[quoteId] = [.. outlets, string.Intern(outlet)];
        }
    }
}
