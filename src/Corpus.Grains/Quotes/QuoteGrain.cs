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
/// A turn reads only the quotes sharing a band with its new wordings, so its cost does not grow with all the
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
            var unbanded = await QuoteRows.UnbandedAsync(turn.Transaction, [.. speakers.Select(s => s.Key)], ct);
            foreach (var speaker in speakers)
            {
                var statements = await StatementRows.LoadAsync(turn.Transaction, speaker.SelectMany(m => m.Message.StatementIds), ct);
                var ungrouped = statements.Where(s => s.Kind is "direct" or "partial" && s.SpeakerId == speaker.Key && s.QuoteId is null).ToList();
                if (ungrouped.Count > 0)
                {
                    await GroupAsync(turn, speaker.Key, ungrouped, unbanded.Contains(speaker.Key), assigned, ct);
                }
            }
            await StatementRows.SetAsync(turn.Transaction, "quote_id", assigned, ct);
        }

        /// <param name="unbanded">The speaker has quotes grouped before bands were kept: their bands are added first.</param>
        private static async Task GroupAsync(
            GrainTurn turn, string speakerId, List<StoredStatement> ungrouped, bool unbanded, List<(string StatementId, string? QuoteId)> assigned, CancellationToken ct)
        {
            var tx = turn.Transaction;
            var grouping = new QuoteGrouping();
            var wordings = ungrouped.Select(s => PreparedWording.Of(s.Text)).ToList();
            var newBands = new List<(long Band, string QuoteId)>();
            if (unbanded)
            {
                foreach (var member in await QuoteRows.LoadMembersAsync(tx, speakerId, quoteIds: null, ct))
                {
                    newBands.AddRange(grouping.Add(member.QuoteId, member.Text).Select(b => ((long)b, member.QuoteId)));
                }
                await QuoteRows.MarkBandedAsync(tx, speakerId, ct);
            }
            else
            {
                var bands = wordings.SelectMany(w => w.Bands).Select(b => (long)b).ToHashSet();
                var candidates = await QuoteRows.WithBandsAsync(tx, speakerId, bands, ct);
                foreach (var member in await QuoteRows.LoadMembersAsync(tx, speakerId, candidates, ct))
                {
                    grouping.Add(member.QuoteId, member.Text);
                }
            }
            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (statement, wording) in ungrouped.Zip(wordings))
            {
                var quoteId = grouping.Find(wording) ?? StableId.Of("quote", speakerId, statement.Id);
                newBands.AddRange(grouping.Add(quoteId, wording).Select(b => ((long)b, quoteId)));
                changed.Add(quoteId);
                assigned.Add((statement.Id, quoteId));
            }
            await QuoteRows.UpsertAsync(
                tx, [.. changed.Order(StringComparer.Ordinal).Select(id => new QuoteState(id, speakerId, grouping.Canonical(id)))], turn.NowMs, ct);
            await QuoteRows.AddBandsAsync(tx, speakerId, newBands, ct);
        }
    }
}
