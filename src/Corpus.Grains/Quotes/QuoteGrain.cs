using Corpus.Storage;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's quotes. Its state derives from the speaker's stored direct and partial statements: on activation (or
/// when attributions moved, or an earlier statement came late, or a call failed) it groups them again in upload order
/// and writes what the stored quotes lack. New statements in upload order join the grouping as it stands, and only the
/// quotes they touch are written. It keeps the quotes (<see cref="SpeakerQuotes"/>), not the statements.
/// </summary>
public sealed class QuoteGrain(ICorpusStore store, StoreWriter writer, TimeProvider clock) : Grain, IQuoteGrain
{
    /// <summary>A statement is its own unit here: its place stands for its article in telling new from known.</summary>
    private TakenIn<QuotedStatement> _taken = NewTaken();
    private SpeakerQuotes _quotes = null!;
    /// <summary>What the store holds of each quote; a text equal to the canonical one is that same string.</summary>
    private Dictionary<string, (string Text, long Outlets)> _writtenQuotes = [];
    private bool _reconciled;

    /// <summary>What activation derived and read, for the first call to write what the store lacks.</summary>
    private Derivation? _activation;

    /// <summary>Some of the stored quotes hold statements no longer attributed to this speaker: the next regrouping releases them.</summary>
    private bool _holdOthersStatements;

    private string SpeakerId => this.GetPrimaryKeyString();

    /// <param name="QuoteOf">The quote each statement joins, as derived.</param>
    /// <param name="WrittenQuoteOf">The quote each statement has in the store.</param>
    /// <param name="Statements">The statements derived from.</param>
    private sealed record Derivation(Dictionary<string, string> QuoteOf, Dictionary<string, string?> WrittenQuoteOf, IReadOnlyList<QuotedStatement> Statements);

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => _activation = await DeriveAsync();

    public async Task RefreshAsync()
    {
        _reconciled = false;
        await ReconcileAsync();
    }

    public async Task AddAsync(Immutable<IReadOnlyList<QuotedStatement>> statements)
    {
        try
        {
            if (!_reconciled)
            {
                await ReconcileAsync();
            }
            var fresh = _taken.Add(statements.Value, out var inOrder);
            if (fresh.Count == 0)
            {
                return;
            }
            if (!inOrder)
            {
                // Every statement told here is attributed in the store by now: grouping them all again takes it in.
                _reconciled = false;
                await ReconcileAsync();
                return;
            }
            var quoteOf = _quotes.Add(fresh);
            // A statement not taken in before has no stored quote: activation takes in every stored one.
            await WriteAsync(quoteOf.Values.Distinct(StringComparer.Ordinal), quoteOf, new Dictionary<string, string?>(), fresh, removedAny: false);
        }
        catch
        {
            // The statements are taken in but perhaps not written: the next call groups them again from the store.
            _reconciled = false;
            throw;
        }
    }

    /// <summary>Groups the stored statements again (unless activation just did) and writes what the store lacks.</summary>
    private async Task ReconcileAsync()
    {
        var derivation = _activation ?? await DeriveAsync();
        _activation = null;
        await WriteAsync(_quotes.Canonical.Keys, derivation.QuoteOf, derivation.WrittenQuoteOf, derivation.Statements, removedAny: true);
        _reconciled = true;
    }

    private async Task<Derivation> DeriveAsync()
    {
        List<QuotedStatement> statements;
        Dictionary<string, QuoteState> stored;
        Dictionary<string, string?> writtenQuoteOf;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            statements = await StatementRows.LoadQuotedAsync(connection, SpeakerId, CancellationToken.None);
            (stored, writtenQuoteOf) = await QuoteRows.LoadSpeakerAsync(connection, SpeakerId, CancellationToken.None);
            _holdOthersStatements = await QuoteRows.HoldOthersStatementsAsync(connection, SpeakerId, CancellationToken.None);
        }
        _taken = NewTaken();
        _taken.Add(statements, out _);
        _quotes = new SpeakerQuotes(SpeakerId);
        var derivation = new Derivation(_quotes.Add(statements), writtenQuoteOf, statements);
        _writtenQuotes = stored.Values.ToDictionary(
            q => q.Id,
            q => (_quotes.Canonical.TryGetValue(q.Id, out var text) && text == q.Text ? text : q.Text, q.Outlets),
            StringComparer.Ordinal);
        return derivation;
    }

    /// <param name="quoteOf">The quote of each statement to write.</param>
    /// <param name="writtenQuoteOf">The stored quote of those statements.</param>
    /// <param name="statements">Those statements, whose links keep their wordings.</param>
    private async Task WriteAsync(
        IEnumerable<string> quotes, Dictionary<string, string> quoteOf, Dictionary<string, string?> writtenQuoteOf, IReadOnlyList<QuotedStatement> statements, bool removedAny)
    {
        var changedQuotes = quotes
            .Order(StringComparer.Ordinal)
            .Select(_quotes.State)
            .Where(state => _writtenQuotes.GetValueOrDefault(state.Id) != (state.Text, state.Outlets))
            .ToList();
        var removed = removedAny ? _writtenQuotes.Keys.Where(id => !_quotes.Canonical.ContainsKey(id)).ToList() : [];
        var changedStatements = quoteOf
            .Where(q => writtenQuoteOf.GetValueOrDefault(q.Key) != q.Value)
            .Select(q => (StatementId: q.Key, QuoteId: q.Value))
            .ToList();
        var release = removedAny && _holdOthersStatements;
        if (changedQuotes.Count == 0 && removed.Count == 0 && changedStatements.Count == 0 && !release)
        {
            return;
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var kept = _quotes.Canonical.Keys.ToList();
        var changedIds = changedStatements.Select(c => c.StatementId).ToHashSet(StringComparer.Ordinal);
        var wordings = statements.Where(s => changedIds.Contains(s.Id)).ToDictionary(s => s.Id, s => StatementTexts.WordingHash(s.Text), StringComparer.Ordinal);
        await writer.WriteAsync(async (tx, ct) =>
        {
            await QuoteRows.UpsertAsync(tx, changedQuotes, now, ct);
            if (release)
            {
                await QuoteRows.ReleaseOthersStatementsAsync(tx, SpeakerId, ct);
            }
            if (removed.Count > 0)
            {
                await QuoteRows.DeleteOthersAsync(tx, SpeakerId, kept, ct);
            }
            await StatementLinks.SetQuotesAsync(tx, changedStatements.Select(c => (c.StatementId, (string?)c.QuoteId, wordings[c.StatementId])), ct);
        });
        _holdOthersStatements &= !release;
        changedQuotes.ForEach(q => _writtenQuotes[q.Id] = (q.Text, q.Outlets));
        removed.ForEach(id => _writtenQuotes.Remove(id));
    }

    private static TakenIn<QuotedStatement> NewTaken() => new(s => (s.Arrival, s.Ordinal), s => (s.Arrival, s.Ordinal), TakenIn<QuotedStatement>.Recent);
}
