using Corpus.Text.Fingerprints.Evaluation;

namespace Corpus.Bench.Dedup;

/// <summary>
/// Articles for the dedup benchmark, made at run time from PolNeAR train (never stored): new articles are walks along
/// its word chain (each word followed by a word that follows it there), so they share its vocabulary and common
/// phrases; one in ten is a copy of another, made the ways of the labelled set (syndicated, edited, truncated, reordered).
/// </summary>
internal static class SyntheticArticles
{
    public static string[] Make(int count, int seed)
    {
        var next = WordChain(PolnearTrainFolder());
        var starts = next.Keys.Where(w => w.EndsWith('.')).ToArray();
        var random = new Random(seed);
        var articles = new string[count];
        var copyCount = count / 10;
        for (var i = 0; i < count - copyCount; i++)
        {
            articles[i] = Generate(next, starts, random);
        }
        var copies = NearDuplicateSet.Build([.. articles.Take(copyCount)], seed, copiesPerOriginal: 1);
        var made = copies.Where(c => c.Kind != NearDuplicateSet.Original).Select(c => c.Text).ToArray();
        made.CopyTo(articles, count - copyCount);
        new Random(seed + 1).Shuffle(articles);
        return articles;
    }

    /// <summary>Ten paragraphs of forty words walked along the word chain: text no article holds, with the phrases news repeats.</summary>
    private static string Generate(Dictionary<string, string[]> next, string[] starts, Random random)
    {
        var sb = new System.Text.StringBuilder(3000);
        var word = starts[random.Next(starts.Length)];
        for (var p = 0; p < 10; p++)
        {
            if (p > 0)
            {
                sb.Append("\n\n");
            }
            for (var w = 0; w < 40; w++)
            {
                word = next.TryGetValue(word, out var followers) ? followers[random.Next(followers.Length)] : starts[random.Next(starts.Length)];
                sb.Append(word).Append(' ');
            }
        }
        return sb.ToString();
    }

    /// <summary>Each word of PolNeAR train with the words that follow it there, as often as they do.</summary>
    private static Dictionary<string, string[]> WordChain(string folder)
    {
        var followers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var words = File.ReadAllText(file).Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (!followers.TryGetValue(words[i], out var list))
                {
                    followers[words[i]] = list = [];
                }
                list.Add(words[i + 1]);
            }
        }
        return followers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string PolnearTrainFolder()
    {
        var shared = Environment.GetEnvironmentVariable("CORPUS_SHARED");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); shared is null && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln")))
            {
                shared = Path.Combine(dir.FullName, "..", "shared");
            }
        }
        var folder = Path.Combine(shared ?? ".", "data", "polnear", "train", "text");
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The dedup benchmark reads PolNeAR train from {folder}; set CORPUS_SHARED to the shared folder.");
    }
}
