using Corpus.Text.Articles;

namespace Corpus.Text.Fingerprints.Evaluation;

/// <summary>The labelled set, run the way articles are ingested: cleaned, fingerprinted, added to the index in arrival order.</summary>
public sealed record NearDuplicateRun(IReadOnlyList<LabelledText> Texts, NearDuplicateScore Score, long Comparisons, long RuledOut)
{
    /// <summary>Distinct originals sharing at least this many shingles (a quote, a phrase) are taken to be on the same story.</summary>
    public const int SameStoryShingles = 3;

    public static NearDuplicateRun Of(IReadOnlyList<string> originals, int seed, DedupParameters parameters)
    {
        var texts = NearDuplicateSet.Shuffled(NearDuplicateSet.Build(originals, seed), seed);
        var fingerprinter = new DuplicateFingerprinter(parameters);
        var fingerprints = texts
            .AsParallel()
            .AsOrdered()
            .Select(t => fingerprinter.Of(ArticleAnalyzer.Clean(new ArticleDraft(null, t.Text, null, null, null, null)).Body))
            .ToArray();
        var index = new NearDuplicateIndex(fingerprinter, i => fingerprints[i].Shingles);
        foreach (var fingerprint in fingerprints)
        {
            index.Add(fingerprint);
        }
        var groupOf = Enumerable.Range(0, fingerprints.Length).Select(index.CanonicalOf).ToArray();
        var score = NearDuplicateScore.Of(texts, groupOf, SameStoryPairs(texts, fingerprints));
        return new NearDuplicateRun(texts, score, index.Comparisons, index.RuledOut);
    }

    /// <summary>Pairs of distinct originals that share phrases: the hard negatives.</summary>
    private static List<(int A, int B)> SameStoryPairs(IReadOnlyList<LabelledText> texts, IReadOnlyList<DuplicateFingerprint> fingerprints)
    {
        var originals = Enumerable.Range(0, texts.Count).Where(i => texts[i].Kind == NearDuplicateSet.Original).ToList();
        var holders = new Dictionary<ulong, List<int>>();
        foreach (var i in originals)
        {
            foreach (var shingle in fingerprints[i].Shingles)
            {
                if (!holders.TryGetValue(shingle, out var list))
                {
                    holders[shingle] = list = [];
                }
                list.Add(i);
            }
        }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in holders.Values.Where(l => l.Count > 1))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var pair = (Math.Min(list[x], list[y]), Math.Max(list[x], list[y]));
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }
        return [.. shared.Where(p => p.Value >= SameStoryShingles && texts[p.Key.Item1].Family != texts[p.Key.Item2].Family).Select(p => p.Key)];
    }
}
