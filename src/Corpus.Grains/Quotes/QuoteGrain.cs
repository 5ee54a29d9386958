using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Queue;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;

namespace Corpus.Grains.Quotes;

/// <summary>
/// One speaker's quotes: puts each new direct or partial statement with the quote whose wordings it
/// reports (sketch candidates, then word alignment), or starts a new quote; the fullest wording is canonical.
/// A turn reads only the quotes sharing a sketch key with its new wordings, so its cost does not grow with all the
/// speaker has ever said.
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
            var speakers = messages.GroupBy(m => m.SpeakerId, StringComparer.Ordinal).ToList();
            var unkeyed = await QuoteRows.UnkeyedAsync(turn.Transaction, [.. speakers.Select(s => s.Key)], ct);
            foreach (var speaker in speakers)
            {
                var statements = await StatementRows.LoadAsync(turn.Transaction, speaker.SelectMany(m => m.Message.StatementIds), ct);
                var ungrouped = statements.Where(s => s.Kind is "direct" or "partial" && s.SpeakerId == speaker.Key && s.QuoteId is null).ToList();
                if (ungrouped.Count > 0)
                {
                    await GroupAsync(turn, speaker.Key, ungrouped, unkeyed.Contains(speaker.Key), assigned, ct);
                }
            }
            await StatementRows.SetAsync(turn.Transaction, "quote_id", assigned, ct);
        }

        /// <param name="unkeyed">The speaker has quotes whose sketch keys are not stored: they are added first.</param>
        private static async Task GroupAsync(
            GrainTurn turn, string speakerId, List<StoredStatement> ungrouped, bool unkeyed, List<(string StatementId, string? QuoteId)> assigned, CancellationToken ct)
        {
            var tx = turn.Transaction;
            var grouping = new QuoteGrouping();
            var wordings = ungrouped.Select(s => PreparedWording.Of(s.Text)).ToList();
            var newKeys = new List<(long Key, string QuoteId)>();
            if (unkeyed)
            {
                foreach (var member in await QuoteRows.LoadMembersAsync(tx, speakerId, quoteIds: null, ct))
                {
                    newKeys.AddRange(grouping.Add(member.QuoteId, member.Text).Select(k => ((long)k, member.QuoteId)));
                }
                await QuoteRows.MarkKeyedAsync(tx, speakerId, ct);
            }
            else
            {
                var keys = wordings.SelectMany(w => w.SketchKeys).Select(k => (long)k).ToHashSet();
                var candidates = await QuoteRows.WithSketchKeysAsync(tx, speakerId, keys, ct);
                foreach (var member in await QuoteRows.LoadMembersAsync(tx, speakerId, candidates, ct))
                {
                    grouping.Add(member.QuoteId, member.Text);
                }
            }
            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (statement, wording) in ungrouped.Zip(wordings))
            {
                var quoteId = grouping.Find(wording) ?? StableId.Of("quote", speakerId, statement.Id);
                newKeys.AddRange(grouping.Add(quoteId, wording).Select(k => ((long)k, quoteId)));
                changed.Add(quoteId);
                assigned.Add((statement.Id, quoteId));
            }
            await QuoteRows.UpsertAsync(
                tx, [.. changed.Order(StringComparer.Ordinal).Select(id => new QuoteState(id, speakerId, grouping.Canonical(id)))], turn.NowMs, ct);
            await QuoteRows.AddSketchKeysAsync(tx, speakerId, newKeys, ct);
        }
    }
}
