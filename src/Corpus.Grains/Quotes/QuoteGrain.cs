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
        /// <summary>Every speaker of the turn is read and written together: a handful of round trips per turn, not per speaker.</summary>
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            var tx = turn.Transaction;
            var speakerIds = messages.Select(m => m.SpeakerId).ToHashSet(StringComparer.Ordinal);
            var statements = await StatementRows.LoadAsync(tx, messages.SelectMany(m => m.Message.StatementIds), ct);
            var speakers = statements
                .Where(s => s.Kind is "direct" or "partial" && s.QuoteId is null && s.SpeakerId is not null && speakerIds.Contains(s.SpeakerId))
                .GroupBy(s => s.SpeakerId!, StringComparer.Ordinal)
                .Select(g => new SpeakerQuotes(g.Key, [.. g]))
                .ToList();
            if (speakers.Count == 0)
            {
                return;
            }
            var unkeyed = await QuoteRows.UnkeyedAsync(tx, [.. speakers.Select(s => s.SpeakerId)], ct);
            var keyed = speakers.Where(s => !unkeyed.Contains(s.SpeakerId)).ToList();
            var candidates = await QuoteRows.WithSketchKeysAsync(
                tx, [.. keyed.Select(s => (s.SpeakerId, (IReadOnlyCollection<long>)s.Wordings.SelectMany(w => w.SketchKeys).Select(k => (long)k).ToHashSet()))], ct);
            var candidateSpeaker = candidates.ToDictionary(c => c.QuoteId, c => c.SpeakerId, StringComparer.Ordinal);
            var bySpeaker = speakers.ToDictionary(s => s.SpeakerId, StringComparer.Ordinal);
            foreach (var member in await QuoteRows.LoadMembersAsync(tx, candidateSpeaker.Keys, ct))
            {
                bySpeaker[candidateSpeaker[member.QuoteId]].Grouping.Add(member.QuoteId, member.Text);
            }
            var newKeys = new List<(string SpeakerId, long Key, string QuoteId)>();
            foreach (var speaker in speakers.Where(s => unkeyed.Contains(s.SpeakerId)))
            {
                // Quotes stored before their sketch keys were (see migration 0011) are all read once and keyed now.
                foreach (var member in await QuoteRows.LoadSpeakerMembersAsync(tx, speaker.SpeakerId, ct))
                {
                    newKeys.AddRange(speaker.Grouping.Add(member.QuoteId, member.Text).Select(k => (speaker.SpeakerId, (long)k, member.QuoteId)));
                }
                await QuoteRows.MarkKeyedAsync(tx, speaker.SpeakerId, ct);
            }
            var assigned = new List<(string StatementId, string? QuoteId)>();
            var changed = new List<QuoteState>();
            foreach (var speaker in speakers)
            {
                speaker.Group(assigned, newKeys, changed);
            }
            await QuoteRows.UpsertAsync(tx, [.. changed.OrderBy(q => q.Id, StringComparer.Ordinal)], turn.NowMs, ct);
            await QuoteRows.AddSketchKeysAsync(tx, newKeys, ct);
            await StatementRows.SetAsync(tx, "quote_id", assigned, ct);
        }
    }

    /// <summary>One speaker's new direct and partial statements, and the quotes they may join.</summary>
    private sealed class SpeakerQuotes(string speakerId, List<StoredStatement> ungrouped)
    {
        public string SpeakerId => speakerId;

        public List<PreparedWording> Wordings { get; } = [.. ungrouped.Select(s => PreparedWording.Of(s.Text))];

        public QuoteGrouping Grouping { get; } = new();

        /// <summary>Puts each new statement with the quote it reports, or starts a quote; the fullest wording is canonical.</summary>
        public void Group(List<(string StatementId, string? QuoteId)> assigned, List<(string SpeakerId, long Key, string QuoteId)> newKeys, List<QuoteState> changed)
        {
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (statement, wording) in ungrouped.Zip(Wordings))
            {
                var quoteId = Grouping.Find(wording) ?? StableId.Of("quote", speakerId, statement.Id);
                newKeys.AddRange(Grouping.Add(quoteId, wording).Select(k => (speakerId, (long)k, quoteId)));
                touched.Add(quoteId);
                assigned.Add((statement.Id, quoteId));
            }
            changed.AddRange(touched.Select(id => new QuoteState(id, speakerId, Grouping.Canonical(id))));
        }
    }
}
