using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Facts;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's quotes. Its state derives from the speaker's stored direct and partial statements, grouped in upload
/// order; new statements in upload order join the grouping as it stands, and only the quotes they touch are written,
/// together with a checkpoint: the last statement the stored quotes and links take in. Its first call after activation
/// restores the grouping from the stored links (each quote's distinct wordings, read once each) and groups only the
/// statements after the checkpoint; when attributions moved, an earlier statement came late, a call failed, or the
/// stored quotes do not restore to what they hold, it groups every statement again. Either way it writes what the store
/// lacks. It keeps the quotes (<see cref="SpeakerQuotes"/>), not the statements.
/// </summary>
public sealed class QuoteGrain(ICorpusStore store, StoreWriter writer, TimeProvider clock, CorpusMetrics metrics) : Grain, IQuoteGrain
{
    /// <summary>A statement is its own unit here: its place stands for its article in telling new from known.</summary>
    private TakenIn<QuotedStatement> _taken = NewTaken();
    private SpeakerQuotes _quotes = null!;
    /// <summary>What the store holds of each quote; a text equal to the canonical one is that same string.</summary>
    private Dictionary<string, (string Text, long Outlets)> _writtenQuotes = [];
    private bool _reconciled;

    /// <summary>The checkpoint as stored, which the next write moves on.</summary>
    private GrainCheckpoint? _checkpoint;

    /// <summary>The last statement the grouping took in.</summary>
    private FactPlace? _applied;

    /// <summary>Some of the stored quotes hold statements no longer attributed to this speaker: the next regrouping releases them.</summary>
    private bool _holdOthersStatements;

    private string SpeakerId => this.GetPrimaryKeyString();

    /// <param name="QuoteOf">The quote each statement joins, as derived.</param>
    /// <param name="WrittenQuoteOf">The quote each statement has in the store.</param>
    /// <param name="Statements">The statements derived from.</param>
    private sealed record Derivation(Dictionary<string, string> QuoteOf, Dictionary<string, string?> WrittenQuoteOf, IReadOnlyList<QuotedStatement> Statements);

    public async Task RefreshAsync()
    {
        _reconciled = false;
        await ReconcileAsync(restore: false);
    }

    public async Task AddAsync(Immutable<IReadOnlyList<QuotedStatement>> statements)
    {
        try
        {
            if (!_reconciled)
            {
                await ReconcileAsync(restore: true);
            }
            var fresh = _taken.Add(statements.Value, out var inOrder);
            if (fresh.Count == 0)
            {
                return;
            }
            if (!inOrder)
            {
                // Every statement told here is attributed in the store by now: deriving again takes it in.
                _reconciled = false;
                await ReconcileAsync(restore: true);
                return;
            }
            var quoteOf = _quotes.Add(fresh);
            _applied = Place(fresh[^1]);
            // A statement not taken in before has no stored quote: a derivation takes in every stored one.
            await WriteAsync(quoteOf.Values.Distinct(StringComparer.Ordinal), quoteOf, new Dictionary<string, string?>(), fresh, removedAny: false);
        }
        catch
        {
            // The statements are taken in but perhaps not written: the next call derives again from the store.
            _reconciled = false;
            throw;
        }
    }

    /// <summary>Derives the quotes again and writes what the store lacks.</summary>
    /// <param name="restore">Whether the stored quotes may be restored from their checkpoint: not when attributions moved.</param>
    private async Task ReconcileAsync(bool restore)
    {
        var derivation = await DeriveAsync(restore);
        await WriteAsync(_quotes.Canonical.Keys, derivation.QuoteOf, derivation.WrittenQuoteOf, derivation.Statements, removedAny: true);
        _reconciled = true;
    }

    private async Task<Derivation> DeriveAsync(bool restore)
    {
        List<QuotedLink> links;
        Dictionary<string, QuoteState> stored;
        List<QuotedStatement>? statements = null;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            links = await StatementRows.LoadQuotedLinksAsync(connection, SpeakerId, CancellationToken.None);
            stored = await QuoteRows.LoadSpeakerAsync(connection, SpeakerId, CancellationToken.None);
            _holdOthersStatements = await QuoteRows.HoldOthersStatementsAsync(connection, SpeakerId, CancellationToken.None);
            _checkpoint = await GrainCheckpoints.LoadAsync(connection, CheckpointedGrain.Quote, SpeakerId, CancellationToken.None);
            if (restore && RestorableFrom(links, stored) is { } from)
            {
                var (wordings, after) = Wanted(links, from);
                var read = await StatementRows.LoadQuotedAsync(connection, SpeakerId, [.. wordings.Select(l => l.StatementId), .. after.Select(l => l.StatementId)], CancellationToken.None);
                if (Restore(links, stored, from, wordings, read) is { } restored)
                {
                    metrics.Derived(CheckpointedGrain.Quote, fromCheckpoint: true);
                    return restored;
                }
            }
            statements = await StatementRows.LoadQuotedAsync(connection, SpeakerId, CancellationToken.None);
        }
        metrics.Derived(CheckpointedGrain.Quote, fromCheckpoint: false);
        _taken = NewTaken();
        _taken.Add(statements, out _);
        _quotes = new SpeakerQuotes(SpeakerId);
        _applied = statements.Count > 0 ? Place(statements[^1]) : null;
        var derivation = new Derivation(_quotes.Add(statements), WrittenQuoteOf(links), statements);
        KeepWritten(stored);
        return derivation;
    }

    /// <summary>
    /// The checkpoint to restore from: one is stored, no stored quote holds another speaker's statement, and every
    /// statement up to it is linked, with its wording, to one of the speaker's stored quotes (a statement attributed
    /// to the speaker after the checkpoint was written has no link yet).
    /// </summary>
    private GrainCheckpoint? RestorableFrom(List<QuotedLink> links, Dictionary<string, QuoteState> stored) =>
        _checkpoint is { } checkpoint && !_holdOthersStatements
            && links.Where(l => Place(l) <= checkpoint.Applied).All(l => l.QuoteId is not null && l.Wording is not null && stored.ContainsKey(l.QuoteId))
            ? checkpoint
            : null;

    /// <summary>The statements whose texts a restore reads: the first of each quote's distinct wordings up to the checkpoint, and every one after it.</summary>
    private static (List<QuotedLink> Wordings, List<QuotedLink> After) Wanted(List<QuotedLink> links, GrainCheckpoint from)
    {
        var seen = new HashSet<(string, long)>();
        var wordings = links.Where(l => Place(l) <= from.Applied && seen.Add((l.QuoteId!, l.Wording!.Value))).ToList();
        return (wordings, [.. links.Where(l => Place(l) > from.Applied)]);
    }

    /// <summary>The grouping restored and the statements after the checkpoint grouped on, or null when the restored quotes are not the stored ones.</summary>
    private Derivation? Restore(List<QuotedLink> links, Dictionary<string, QuoteState> stored, GrainCheckpoint from, List<QuotedLink> wordings, List<QuotedStatement> read)
    {
        var texts = read.ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (wordings.Any(l => !texts.ContainsKey(l.StatementId)))
        {
            return null;
        }
        var quotes = new SpeakerQuotes(SpeakerId);
        quotes.Restore(wordings.Select(l => (l.QuoteId!, texts[l.StatementId].Text)), links.Where(l => Place(l) <= from.Applied).Select(l => (l.QuoteId!, l.Outlet)));
        if (quotes.Canonical.Count != stored.Count || stored.Values.Any(q => !quotes.Canonical.ContainsKey(q.Id) || quotes.State(q.Id) != q))
        {
            return null;
        }
        var after = read.Where(s => Place(s) > from.Applied).ToList();
        _quotes = quotes;
        _taken = NewTaken();
        _taken.StartAfter((from.Applied.Arrival, from.Applied.Ordinal));
        _taken.Add(after, out _);
        _applied = after.Count > 0 ? Place(after[^1]) : from.Applied;
        var derivation = new Derivation(_quotes.Add(after), WrittenQuoteOf(links), after);
        KeepWritten(stored);
        return derivation;
    }

    private static Dictionary<string, string?> WrittenQuoteOf(List<QuotedLink> links) => links.ToDictionary(l => l.StatementId, l => l.QuoteId, StringComparer.Ordinal);

    private void KeepWritten(Dictionary<string, QuoteState> stored) =>
        _writtenQuotes = stored.Values.ToDictionary(
            q => q.Id,
            q => (_quotes.Canonical.TryGetValue(q.Id, out var text) && text == q.Text ? text : q.Text, q.Outlets),
            StringComparer.Ordinal);

    private static FactPlace Place(QuotedStatement statement) => new(statement.Arrival, statement.Ordinal);

    private static FactPlace Place(QuotedLink link) => new(link.Arrival, link.Ordinal);

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
        var checkpoint = _applied is { } applied ? new GrainCheckpoint(applied) : null;
        var expected = _checkpoint;
        await writer.WriteAsync(async (tx, ct) =>
        {
            if (checkpoint is not null)
            {
                await GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Quote, SpeakerId, expected, checkpoint, ct);
            }
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
        _checkpoint = checkpoint ?? _checkpoint;
        _holdOthersStatements &= !release;
        changedQuotes.ForEach(q => _writtenQuotes[q.Id] = (q.Text, q.Outlets));
        removed.ForEach(id => _writtenQuotes.Remove(id));
    }

    private static TakenIn<QuotedStatement> NewTaken() => new(s => (s.Arrival, s.Ordinal), s => (s.Arrival, s.Ordinal), TakenIn<QuotedStatement>.Recent);
}
