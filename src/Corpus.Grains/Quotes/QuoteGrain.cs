using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Queue;
using Corpus.Storage.Quotes;
using Corpus.Storage.Statements;
using Corpus.Text.Quotes;

namespace Corpus.Grains.Quotes;

/// <summary>One speaker's quotes: groups the statements that report the same words across outlets.</summary>
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
            foreach (var speaker in messages.GroupBy(m => m.SpeakerId, StringComparer.Ordinal))
            {
                var quotes = await QuoteRows.LoadBySpeakerAsync(turn.Transaction, speaker.Key, ct);
                var statements = await StatementRows.LoadAsync(turn.Transaction, speaker.SelectMany(m => m.Message.StatementIds), ct);
                var assigned = new List<(string StatementId, string? QuoteId)>();
                var changed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var statement in statements.Where(s => s.Kind is "direct" or "partial" && s.SpeakerId == speaker.Key))
                {
                    var index = quotes.FindIndex(q => QuoteWording.SameQuote(q.Text, statement.Text));
                    if (index < 0)
                    {
                        quotes.Add(new QuoteState(StableId.Of("quote", speaker.Key, statement.Id), speaker.Key, statement.Text));
                        index = quotes.Count - 1;
                    }
                    else
                    {
                        quotes[index] = quotes[index] with { Text = QuoteWording.Fuller(quotes[index].Text, statement.Text) };
                    }
                    changed.Add(quotes[index].Id);
                    assigned.Add((statement.Id, quotes[index].Id));
                }
                foreach (var quote in quotes.Where(q => changed.Contains(q.Id)))
                {
                    await QuoteRows.UpsertAsync(turn.Transaction, quote, turn.NowMs, ct);
                }
                await StatementRows.SetAsync(turn.Transaction, "quote_id", assigned, ct);
            }
        }
    }
}
