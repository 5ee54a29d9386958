using Corpus.Storage;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's quotes. Its state derives from the speaker's stored direct and partial statements: on activation (or
/// when attributions moved) it groups them again in upload order, and writes what the stored quotes lack in that call
/// or the first one after activation. New statements in upload order join the grouping as it stands, and only the
/// quotes they touch are written.
/// </summary>
public sealed class QuoteGrain(ICorpusStore store, StoreWriter writer, TimeProvider clock) : Grain, IQuoteGrain
{
    private UploadOrder<QuotedStatement> _statements = NewOrder();
    private SpeakerQuotes _quotes = null!;
    private Dictionary<string, QuoteState> _writtenQuotes = [];
    private Dictionary<string, string?> _writtenQuoteOf = [];
    private bool _reconciled;

    /// <summary>Some of the stored quotes hold statements no longer attributed to this speaker: the next regrouping releases them.</summary>
    private bool _holdOthersStatements;

    private string SpeakerId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync();

    public async Task RefreshAsync()
    {
        if (_reconciled)
        {
            await LoadAsync();
        }
        _reconciled = false;
        await WriteAsync(_quotes.Canonical.Keys, _quotes.QuoteOf.Keys, removedAny: true);
        _reconciled = true;
    }

    private async Task LoadAsync()
    {
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            _statements = NewOrder();
            _statements.Add(await StatementRows.LoadQuotedAsync(connection, SpeakerId, CancellationToken.None), out _);
            (_writtenQuotes, _writtenQuoteOf) = await QuoteRows.LoadSpeakerAsync(connection, SpeakerId, CancellationToken.None);
            _holdOthersStatements = await QuoteRows.HoldOthersStatementsAsync(connection, SpeakerId, CancellationToken.None);
        }
        _quotes = SpeakerQuotes.Of(SpeakerId, _statements.All);
    }

    public async Task AddAsync(Immutable<IReadOnlyList<QuotedStatement>> statements)
    {
        try
        {
            if (!_reconciled)
            {
                await RefreshAsync();
            }
            var fresh = _statements.Add(statements.Value.Where(s => !_quotes.QuoteOf.ContainsKey(s.Id)), out var inOrder);
            if (fresh.Count == 0)
            {
                return;
            }
            if (!inOrder)
            {
                _quotes = SpeakerQuotes.Of(SpeakerId, _statements.All);
                await WriteAsync(_quotes.Canonical.Keys, _quotes.QuoteOf.Keys, removedAny: true);
                return;
            }
            var touched = _quotes.Add(fresh);
            await WriteAsync(touched, fresh.Select(s => s.Id), removedAny: false);
        }
        catch
        {
            // The statements are taken in but perhaps not written: the next call groups them again from the store.
            _reconciled = false;
            throw;
        }
    }

    private async Task WriteAsync(IEnumerable<string> quotes, IEnumerable<string> statements, bool removedAny)
    {
        var changedQuotes = quotes
            .Order(StringComparer.Ordinal)
            .Select(_quotes.State)
            .Where(state => _writtenQuotes.GetValueOrDefault(state.Id) != state)
            .ToList();
        var removed = removedAny ? _writtenQuotes.Keys.Where(id => !_quotes.Canonical.ContainsKey(id)).ToList() : [];
        var changedStatements = statements
            .Where(id => !_writtenQuoteOf.TryGetValue(id, out var quote) || quote != _quotes.QuoteOf[id])
            .Select(id => (StatementId: id, QuoteId: _quotes.QuoteOf[id]))
            .ToList();
        var release = removedAny && _holdOthersStatements;
        if (changedQuotes.Count == 0 && removed.Count == 0 && changedStatements.Count == 0 && !release)
        {
            return;
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var kept = _quotes.Canonical.Keys.ToList();
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
            await StatementLinks.SetAsync(tx, StatementLink.Quote, changedStatements.Select(c => (c.StatementId, (string?)c.QuoteId)), ct);
        });
        _holdOthersStatements &= !release;
        changedQuotes.ForEach(q => _writtenQuotes[q.Id] = q);
        removed.ForEach(id => _writtenQuotes.Remove(id));
        changedStatements.ForEach(c => _writtenQuoteOf[c.StatementId] = c.QuoteId);
    }

    /// <summary>A statement is its own fact here: its id stands for its article in telling new from known.</summary>
    private static UploadOrder<QuotedStatement> NewOrder() => new(s => s.Id, s => (s.Arrival, s.Ordinal));
}
