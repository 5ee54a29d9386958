using Corpus.Grains.Runtime;
using Corpus.Storage.Queue;
using Corpus.Storage.Sources;

namespace Corpus.Grains.Sources;

/// <summary>To a source grain (one outlet): one more article of it carries these paragraphs.</summary>
public sealed record SourceMessage(string ArticleId, IReadOnlyList<long> Fingerprints);

/// <summary>
/// One outlet: counts in how many of its articles each paragraph appears, so that the article grain can
/// drop the paragraphs the outlet repeats everywhere. Learning is incremental as articles arrive.
/// </summary>
public sealed class SourceGrain : IGrain
{
    public const string KindName = "source";

    public string Kind => KindName;

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<SourceMessage>(i.Payload)))]));

    private sealed class Turn(List<(string Source, SourceMessage Message)> messages) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var (source, message) in messages)
            {
                await SourceParagraphRows.CountAsync(turn.Transaction, source, message.Fingerprints, ct);
            }
        }
    }
}
