using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Queue;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's quotes: puts each new direct or partial statement with the quote whose wordings it
/// reports (MinHash candidates, then word alignment), or starts a new quote; the fullest wording is canonical.
/// </summary>
public sealed class QuoteGrain : IGrain
{
    public const string KindName = "quote";

    public string Kind => KindName;

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<QuoteMessage>(i.Payload)))]));

    private sealed class Turn(List<(string SpeakerId, QuoteMessage Message)> messages) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            var assigned = new List<(string StatementId, string? QuoteId)>();
            foreach (var speaker in messages.GroupBy(m => m.SpeakerId, StringComparer.Ordinal))
            {
                var members = await QuoteRows.LoadMembersAsync(turn.Transaction, speaker.Key, ct);
                var grouping = new QuoteGrouping();
                foreach (var member in members)
                {
                    grouping.Add(member.QuoteId, member.Text);
                }
                var grouped = members.Select(m => m.StatementId).ToHashSet(StringComparer.Ordinal);
                var statements = await StatementRows.LoadAsync(turn.Transaction, speaker.SelectMany(m => m.Message.StatementIds), ct);
                var changed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var statement in statements.Where(s => s.Kind is "direct" or "partial" && s.SpeakerId == speaker.Key && !grouped.Contains(s.Id)))
                {
                    var quoteId = grouping.Find(statement.Text) ?? StableId.Of("quote", speaker.Key, statement.Id);
                    grouping.Add(quoteId, statement.Text);
                    changed.Add(quoteId);
                    assigned.Add((statement.Id, quoteId));
                }
                foreach (var quoteId in changed.Order(StringComparer.Ordinal))
                {
                    await QuoteRows.UpsertAsync(turn.Transaction, new QuoteState(quoteId, speaker.Key, grouping.Canonical(quoteId)), turn.NowMs, ct);
                }
            }
            await StatementRows.SetAsync(turn.Transaction, "quote_id", assigned, ct);
        }
    }
}
