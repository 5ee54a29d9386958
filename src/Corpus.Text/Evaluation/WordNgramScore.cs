using System.Globalization;
using System.Text;

namespace Corpus.Text.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric: per-document word n-gram (shingle) overlap, normalised so every
/// document weighs the same, then precision and recall averaged over the set and combined into F1.
/// </summary>
public static class WordNgramScore
{
    public const int DefaultShingleSize = 4;

    /// <summary>Python's <c>re.findall(r'\w+', text)</c>: runs of letters, numbers and '_' by code point.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        return tokens;
    }

    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>The multiset of n-token windows; one shingle of all tokens when there are fewer than n.</summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens, int size = DefaultShingleSize)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }
        var windows = Math.Max(1, tokens.Count - size + 1);
        var width = Math.Min(size, tokens.Count);
        for (var i = 0; i < windows; i++)
        {
            // U+0001 cannot occur inside a token, so joined windows stay distinct.
            var key = string.Join('\u0001', tokens.Skip(i).Take(width));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>The normalised (tp, fp, fn) of one document.</summary>
    public static DocumentCounts Count(string? groundTruth, string? prediction, int size = DefaultShingleSize)
    {
        var expected = Shingles(Tokens(groundTruth), size);
        var predicted = Shingles(Tokens(prediction), size);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, g) in expected)
        {
            var p = predicted.GetValueOrDefault(shingle);
            tp += Math.Min(g, p);
            fn += Math.Max(0, g - p);
        }
        foreach (var (shingle, p) in predicted)
        {
            fp += Math.Max(0, p - expected.GetValueOrDefault(shingle));
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new DocumentCounts(tp / sum, fp / sum, fn / sum) : new DocumentCounts(0, 0, 0);
    }

    /// <summary>Scores a set of (ground truth, prediction) pairs as the benchmark's evaluate.py does.</summary>
    public static SetScore Score(IEnumerable<(string? GroundTruth, string? Prediction)> documents, int size = DefaultShingleSize)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (groundTruth, prediction) in documents)
        {
            var counts = Count(groundTruth, prediction, size);
            if (counts.TruePositive + counts.FalsePositive > 0)
            {
                precisions.Add(counts.Precision);
            }
            if (counts.TruePositive + counts.FalseNegative > 0)
            {
                recalls.Add(counts.Recall);
            }
        }
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precisions.Count > 0 && precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new SetScore(precision, recall, f1);
    }
}

public readonly record struct DocumentCounts(double TruePositive, double FalsePositive, double FalseNegative)
{
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive == 0 && FalsePositive == 0 ? 0
        : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1
        : TruePositive == 0 && FalseNegative == 0 ? 0
        : TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

public readonly record struct SetScore(double Precision, double Recall, double F1);
