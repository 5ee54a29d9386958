using System.Data.Common;
using System.Runtime.CompilerServices;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// Statements by full-text query and filters, in the <see cref="StatementOrder"/> asked for: newest first (by their
/// article's date, undated last), or with a query most relevant first and ties newest first; then by id, so that every
/// row has one place in the order.
/// </summary>
public sealed class StatementSearch(ICorpusStore store)
{
    private readonly bool? _walks;

    private readonly WalkOrHits.Estimate? _estimate;

    /// <summary>
    /// A search whose pages of a query newest first always walk, or always read every hit, never by day
    /// (<see cref="NewestHits"/>, <see cref="DayWindows"/>): the tests compare every way of reading a page.
    /// </summary>
    internal StatementSearch(ICorpusStore store, bool walks)
        : this(store) => _walks = walks;

    /// <summary>A search that takes <paramref name="estimate"/> for every query's, rather than the store's: the tests size PostgreSQL's windows by it.</summary>
    internal StatementSearch(ICorpusStore store, WalkOrHits.Estimate estimate)
        : this(store) => _estimate = estimate;

    public async Task<Page<StatementView>> PageAsync(StatementFilter filter, PageRequest page, CancellationToken ct)
    {
        var after = page.After is null ? null
            : SearchCursor.TryDecode(page.After, filter.Ranked, out var cursor) ? cursor
            : throw new ArgumentException("The cursor is not one of this search's; check it with IsCursorFor first.", nameof(page));
        await using var connection = await store.OpenAsync(ct);
        var fullText = FullText.Of(store.Dialect);
        var take = page.Limit + 1;
        var plan = await PlanAsync(connection, fullText, filter, ct);
        List<SearchRow> rows = plan switch
        {
            Plan.Ranked => await fullText.ReadRankedAsync<SearchRow>(
                connection, filter, after, take, (candidates, tx) => Command(filter, after, take, walk: false, ct, candidates, tx), ct),
            Plan.SqliteDays => await NewestHits.ReadAsync<SearchRow>(
                connection, filter, after, take, fullText.Match(filter.Text!), (sql, values, tx) => ByDayCommand(filter, after, sql, values, tx, ct), ct),
            Plan.Windows { } windows => await DayWindows.ReadAsync<SearchRow>(
                connection, filter, after, take, windows.Estimate, (sql, values, tx) => ByDayCommand(filter, after, sql, values, tx, ct), ct),
            _ => [.. await connection.QueryAsync<SearchRow>(Command(filter, after, take, plan is Plan.Walk, ct))],
        };
        var found = page.ToPage(rows, row => CursorOf(row, filter).Encode());
        var texts = new StatementTexts();
        var statements = found.Items.Select(row => StatementQueries.ToView(row, texts)).ToList();
        if (filter.Text is { } text && statements.Count > 0)
        {
            var matches = await MatchesAsync(connection, text, statements, ct);
            statements = [.. statements.Select(s => s with { Matches = matches.GetValueOrDefault(s.Id, []) })];
        }
        return new Page<StatementView>(statements, found.Next);
    }

    /// <summary>
    /// How a page is read. Newest first: SQLite reads its statement index keyed by day (<see cref="NewestHits"/>), a
    /// speaker's statements are walked or their hits read, and PostgreSQL walks for a common word and reads the hits of
    /// the page's days otherwise (<see cref="WalkOrHits"/>).
    /// </summary>
    private async Task<Plan> PlanAsync(DbConnection connection, FullText fullText, StatementFilter filter, CancellationToken ct)
    {
        if (filter.Ranked)
        {
            return new Plan.Ranked();
        }
        if (filter.Text is null)
        {
            return new Plan.Walk();
        }
        if (_walks is { } walks)
        {
            return walks ? new Plan.Walk() : new Plan.Hits();
        }
        var bySpeaker = !string.IsNullOrEmpty(filter.Speaker);
        if (!bySpeaker && store.Dialect == SqlDialect.Sqlite)
        {
            return new Plan.SqliteDays();
        }
        var estimate = _estimate ?? await WalkOrHits.EstimateAsync(connection, fullText, filter, ct);
        return estimate.Walks(filter) ? new Plan.Walk() : bySpeaker ? new Plan.Hits() : new Plan.Windows(estimate);
    }

    private abstract record Plan
    {
        public sealed record Ranked : Plan;

        public sealed record Walk : Plan;

        public sealed record Hits : Plan;

        public sealed record SqliteDays : Plan;

        public sealed record Windows(WalkOrHits.Estimate Estimate) : Plan;
    }

    /// <summary>Whether a page request's cursor is one this search gave out (a cursor of another list, or of a list by relevance where this is by day, or the other way round, is not).</summary>
    public static bool IsCursorFor(StatementFilter filter, PageRequest page) =>
        page.After is null || SearchCursor.TryDecode(page.After, filter.Ranked, out _);

    /// <summary>Every statement found, in order, read from the store as they are written out.</summary>
    public async IAsyncEnumerable<StatementView> StreamAsync(StatementFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        // The whole list: reading every hit and sorting them costs less than checking every statement.
        var command = Command(filter, after: null, take: null, walk: filter.Text is null, ct);
        var texts = new StatementTexts();
        await foreach (var row in connection.QueryUnbufferedAsync<SearchRow>(command.CommandText, command.Parameters).WithCancellation(ct))
        {
            yield return StatementQueries.ToView(row, texts);
        }
    }

    private CommandDefinition Command(
        StatementFilter filter, SearchCursor? after, int? take, bool walk, CancellationToken ct, SqliteRankedHits.Candidates? candidates = null, DbTransaction? tx = null)
    {
        var fullText = FullText.Of(store.Dialect);
        var sql = filter.Ranked ? MostRelevantFirst.Query(fullText, filter, after, take, fullText.FindsRankedHitsInQuery || candidates is not null)
            : walk ? NewestFirst.Walk(store.Dialect, filter, after, filter.Text is null ? null : fullText)
            : NewestFirst.Hits(fullText, filter, after, take);
        if (take is not null)
        {
            sql.Append(" LIMIT @take");
        }
        return new CommandDefinition(sql.ToString(), Parameters(filter, after, take, candidates), tx, cancellationToken: ct);
    }

    private CommandDefinition ByDayCommand(StatementFilter filter, SearchCursor? after, string sql, object values, DbTransaction tx, CancellationToken ct)
    {
        var parameters = new DynamicParameters(Parameters(filter, after, take: null, candidates: null));
        parameters.AddDynamicParams(values);
        return new CommandDefinition(sql, parameters, tx, cancellationToken: ct);
    }

    private object Parameters(StatementFilter filter, SearchCursor? after, int? take, SqliteRankedHits.Candidates? candidates)
    {
        var fullText = FullText.Of(store.Dialect);
        return new
        {
            match = filter.Text is { } text ? fullText.Match(text) : null,
            speaker = filter.Speaker,
            source = filter.Source,
            kind = string.IsNullOrEmpty(filter.Kind) ? (long?)null : StatementKinds.CodeOf(filter.Kind),
            from = filter.From,
            to = filter.To,
            afterScore = after?.Score,
            afterDay = after?.Day,
            afterId = after?.Id,
            take,
            lastOfPage = take - 1,
            candidates = candidates?.Hits,
            rows = candidates?.Rows,
            tokens = candidates?.Tokens,
            found = candidates?.Found,
            shortest = candidates?.Shortest,
            slope = candidates?.Slope,
            k1 = SqliteRankedHits.K1,
            b = SqliteRankedHits.B,
            minIdf = SqliteRankedHits.MinIdf,
        };
    }

    private async Task<Dictionary<string, IReadOnlyList<TextMatch>>> MatchesAsync(DbConnection connection, SearchText text, List<StatementView> statements, CancellationToken ct)
    {
        var fullText = FullText.Of(store.Dialect);
        var marked = await fullText.MarkAsync(connection, fullText.Match(text), [.. statements.Select(s => (s.Id, s.Text))], ct);
        var plain = statements.ToDictionary(s => s.Id, s => s.Text);
        return marked.ToDictionary(m => m.Id, m => MarkedText.Matches(m.Marked, plain[m.Id]));
    }

    /// <summary>The row's place in the order, its day taken as the SQL's <c>Day</c> takes it.</summary>
    private static SearchCursor CursorOf(SearchRow row, StatementFilter filter) =>
        new(filter.Ranked ? row.score : null, row.published is { Length: > 10 } published ? published[..10] : row.published ?? string.Empty, row.id);

#pragma warning disable IDE1006 // Dapper fills these by column name.
    private sealed class SearchRow : StatementQueries.Row
    {
        public double score { get; set; }
    }
#pragma warning restore IDE1006
}
