using Corpus.Grains.Articles;
using Corpus.Grains.Runtime;
using Corpus.Storage.Queue;
using Corpus.Storage.Sources;
using Corpus.Text.Boilerplate;

namespace Corpus.Grains.Sources;

/// <summary>
/// To a source grain (one outlet): an article of it carries these candidate paragraphs and still holds the
/// <paramref name="Kept"/> ones. A near-duplicate is not <paramref name="Counted"/>, so that copies of one story
/// never make its paragraphs look like furniture, but it still loses the furniture the outlet is known for.
/// </summary>
public sealed record SourceMessage(string ArticleId, IReadOnlyList<long> Fingerprints, IReadOnlyList<long> Kept, bool Counted);

/// <summary>
/// One outlet: counts in how many of its articles each paragraph appears. The article grain drops the paragraphs
/// that have reached the threshold; when one reaches it, the articles that kept it earlier are told to drop it
/// too, so every article of the outlet ends the same whatever order they arrived in.
/// </summary>
public sealed class SourceGrain : IGrain
{
    public const string KindName = "source";

    public string Kind => KindName;

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<SourceMessage>(i.Payload)))]));

    private sealed class Turn(List<(string Source, SourceMessage Message)> messages) : ITurn
    {
        /// <summary>Each outlet's counts are read once and written once per turn, its messages applied in order between.</summary>
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var outlet in messages.GroupBy(m => m.Source, m => m.Message, StringComparer.Ordinal))
            {
                var counts = await SourceParagraphRows.LoadAsync(turn.Transaction, outlet.Key, outlet.SelectMany(m => m.Fingerprints), ct);
                var toForget = new Dictionary<string, SortedSet<long>>(StringComparer.Ordinal);
                var updated = new SortedSet<long>();
                foreach (var message in outlet)
                {
                    Count(message, counts, updated, toForget);
                }
                await SourceParagraphRows.SaveAsync(turn.Transaction, outlet.Key, [.. updated.Select(f => counts[f])], ct);
                foreach (var (article, fingerprints) in toForget)
                {
                    turn.Send(ArticleGrain.KindName, article, ArticleMessage.Forget([.. fingerprints]), outlet.Key);
                }
            }
        }

        private static void Count(SourceMessage message, Dictionary<long, SourceParagraph> counts, SortedSet<long> updated, Dictionary<string, SortedSet<long>> toForget)
        {
            var kept = message.Kept.ToHashSet();
            foreach (var fingerprint in message.Fingerprints.Distinct())
            {
                var row = counts.GetValueOrDefault(fingerprint) ?? new SourceParagraph(fingerprint, 0, []);
                var articles = row.Articles + (message.Counted ? 1 : 0);
                var holders = kept.Contains(fingerprint) ? [.. row.Pending, message.ArticleId] : row.Pending;
                if (articles >= RecurringParagraphs.Threshold)
                {
                    foreach (var article in holders)
                    {
                        (toForget.TryGetValue(article, out var set) ? set : toForget[article] = []).Add(fingerprint);
                    }
                    holders = [];
                }
                counts[fingerprint] = new SourceParagraph(fingerprint, articles, holders);
                updated.Add(fingerprint);
            }
        }
    }
}
