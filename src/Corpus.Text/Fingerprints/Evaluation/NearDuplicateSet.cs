using System.Globalization;
using System.Text;

namespace Corpus.Text.Fingerprints.Evaluation;

/// <summary>One text of the labelled set: texts of one family are copies of one original.</summary>
public sealed record LabelledText(string Id, int Family, string Kind, string Text);

/// <summary>
/// Builds a labelled near-duplicate set from original articles, deterministically from a seed: each original is kept,
/// and copies of it are made the ways copies arise (syndicated with another outlet's boilerplate, a few percent of
/// words edited, truncated, paragraphs reordered, all of these at once). The originals are each other's negatives;
/// the hard ones are distinct articles on the same story, which share phrases and quotes but are not copies.
/// </summary>
public static class NearDuplicateSet
{
    public const string Original = "original";
    public const string Syndicated = "syndicated";
    public const string Edited = "edited";
    public const string Truncated = "truncated";
    public const string Reordered = "reordered";
    public const string Combined = "combined";

    private static readonly string[] CopyKinds = [Syndicated, Edited, Truncated, Reordered, Combined];

    /// <param name="originals">Texts with paragraphs separated by blank lines.</param>
    /// <param name="copiesPerOriginal">Copies of each original; their kinds rotate so every kind is equally frequent.</param>
    public static IReadOnlyList<LabelledText> Build(IReadOnlyList<string> originals, int seed, int copiesPerOriginal = 2)
    {
        var texts = new List<LabelledText>();
        var familyOf = VersionsOfOneArticle(originals);
        for (var n = 0; n < originals.Count; n++)
        {
            var random = new Random(unchecked((seed * 7919) + n) & int.MaxValue);
            var original = originals[n];
            var family = familyOf[n];
            texts.Add(new LabelledText($"{n}/{Original}", family, Original, original));
            for (var c = 0; c < copiesPerOriginal; c++)
            {
                var kind = CopyKinds[((n * copiesPerOriginal) + c) % CopyKinds.Length];
                texts.Add(new LabelledText($"{n}/{kind}-{c}", family, kind, Copy(original, kind, random)));
            }
        }
        return texts;
    }

    /// <summary>
    /// A source set may itself hold one article twice (republished the next day under a new headline, updated).
    /// Originals sharing at least half of the sentences of the shorter one, verbatim, are labelled one family:
    /// the label is decided on whole sentences, not on the shingles the detector uses.
    /// </summary>
    public static int[] VersionsOfOneArticle(IReadOnlyList<string> originals)
    {
        var sentences = originals.Select(o => Sentences(o).ToHashSet(StringComparer.Ordinal)).ToArray();
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Length; i++)
        {
            foreach (var sentence in sentences[i])
            {
                if (!holders.TryGetValue(sentence, out var list))
                {
                    holders[sentence] = list = [];
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
                    shared[(list[x], list[y])] = shared.GetValueOrDefault((list[x], list[y])) + 1;
                }
            }
        }
        var family = Enumerable.Range(0, originals.Count).ToArray();
        foreach (var ((a, b), count) in shared.OrderBy(p => p.Key))
        {
            if (count * 2 >= Math.Min(sentences[a].Count, sentences[b].Count))
            {
                var (fa, fb) = (family[a], family[b]);
                for (var i = 0; i < family.Length; i++)
                {
                    family[i] = family[i] == fb ? fa : family[i];
                }
            }
        }
        return family;
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['.', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length >= 40);

    public static string OriginalIdOf(string id) => id[..id.IndexOf('/', StringComparison.Ordinal)] + "/" + Original;

    /// <summary>The set in the order an ingest would meet it: shuffled, so copies sometimes arrive before their original.</summary>
    public static IReadOnlyList<LabelledText> Shuffled(IReadOnlyList<LabelledText> texts, int seed)
    {
        var shuffled = texts.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled;
    }

    private static string Copy(string original, string kind, Random random) => kind switch
    {
        Syndicated => Syndicate(original, random),
        Edited => Edit(original, random, rate: 0.02 + (random.NextDouble() * 0.03)),
        Truncated => Truncate(original, random, keep: 0.3 + (random.NextDouble() * 0.5)),
        Reordered => Reorder(original, random),
        Combined => Syndicate(Truncate(Edit(Reorder(original, random), random, rate: 0.02), random, keep: 0.5 + (random.NextDouble() * 0.4)), random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    private static string Syndicate(string text, Random random)
    {
        var outlet = $"The {Pick(random, Places)} {Pick(random, Mastheads)}";
        var date = new DateOnly(2016, 1, 1).AddDays(random.Next(366)).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var header = random.Next(3) switch
        {
            0 => $"{outlet} | {date}",
            1 => $"By {Pick(random, GivenNames)} {Pick(random, FamilyNames)}, {outlet}\n\nPublished {date}",
            _ => $"Home > Politics > {Pick(random, Sections)}\n\nShare on Facebook Share on Twitter Email",
        };
        var footer = random.Next(3) switch
        {
            0 => $"Copyright {date[^4..]} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            1 => $"Sign up for the {outlet} newsletter to get the day's top stories in your inbox.\n\nRelated: {Pick(random, Sections)} coverage",
            _ => $"Follow {outlet} on Twitter and Facebook.\n\nComments are closed for this story.",
        };
        return header + "\n\n" + text + "\n\n" + footer;
    }

    /// <summary>Replaces, deletes, inserts or swaps about <paramref name="rate"/> of the words.</summary>
    private static string Edit(string text, Random random, double rate)
    {
        var sb = new StringBuilder(text.Length + 64);
        foreach (var paragraph in Paragraphs(text))
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (random.NextDouble() >= rate)
                {
                    continue;
                }
                switch (random.Next(4))
                {
                    case 0:
                        words[i] = Pick(random, Fillers);
                        break;
                    case 1 when words.Count > 1:
                        words.RemoveAt(i);
                        break;
                    case 2:
                        words.Insert(i, Pick(random, Fillers));
                        i++;
                        break;
                    default:
                        if (i + 1 < words.Count)
                        {
                            (words[i], words[i + 1]) = (words[i + 1], words[i]);
                        }
                        break;
                }
            }
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            sb.AppendJoin(' ', words);
        }
        return sb.ToString();
    }

    /// <summary>Keeps the lead: about <paramref name="keep"/> of the words, cut at the end of a sentence.</summary>
    private static string Truncate(string text, Random random, double keep)
    {
        var target = (int)(text.Length * keep);
        var cut = text.IndexOfAny(['.', '?', '!'], Math.Min(target, text.Length - 1));
        return cut < 0 ? text : text[..(cut + 1)];
    }

    /// <summary>A paragraph this long is a paragraph of prose, not a title, a kicker or a section label.</summary>
    private const int LeadWords = 12;

    /// <summary>Moves a few paragraphs of the body; everything up to the lead paragraph stays first, as editors keep it.</summary>
    private static string Reorder(string text, Random random)
    {
        var paragraphs = Paragraphs(text);
        var lead = Array.FindIndex(paragraphs, p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LeadWords);
        var fixedCount = lead < 0 ? paragraphs.Length : lead + 1;
        var body = paragraphs[fixedCount..];
        if (body.Length < 2)
        {
            return text;
        }
        for (var moves = 0; moves < Math.Max(1, body.Length / 3); moves++)
        {
            var from = random.Next(body.Length);
            var to = random.Next(body.Length);
            (body[from], body[to]) = (body[to], body[from]);
        }
        return Join([.. paragraphs[..fixedCount], .. body]);
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static readonly string[] Places = ["Valley", "Northern", "Lakeside", "Capital", "Coastal", "Prairie", "Harbor", "Summit"];
    private static readonly string[] Mastheads = ["Courier", "Sentinel", "Gazette", "Ledger", "Tribune", "Herald", "Observer", "Dispatch"];
    private static readonly string[] Sections = ["Elections", "Congress", "White House", "Campaign 2016", "Opinion", "National"];
    private static readonly string[] GivenNames = ["Alex", "Jordan", "Morgan", "Casey", "Riley", "Taylor", "Jamie", "Avery"];
    private static readonly string[] FamilyNames = ["Reed", "Hale", "Marsh", "Quinn", "Lowe", "Frost", "Nash", "Pryor"];
    private static readonly string[] Fillers = ["also", "very", "the", "new", "reportedly", "recently", "still", "now", "then", "however"];
}
