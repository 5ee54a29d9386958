using System.Text.RegularExpressions;
using Corpus.Text.Articles;

namespace Corpus.Text.Meetings;

/// <summary>One sentence of the body: where it is, and which paragraph holds it.</summary>
internal sealed record Sentence(int Start, int End, int Paragraph, string Text);

internal static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Sec", "Gen", "Lt", "Col", "St", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Vol", "U.S", "U.K", "U.N", "D.C", "vs", "etc",
    };

    public static IReadOnlyList<Sentence> Split(string body)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        foreach (var block in body.Split(CleanArticle.ParagraphSeparator))
        {
            var sentenceStart = 0;
            foreach (Match end in SentenceEnd().Matches(block))
            {
                var before = WordBefore().Match(block[..end.Index]).Value;
                if (Abbreviations.Contains(before) || (before.Length == 1 && char.IsUpper(before[0])))
                {
                    continue;
                }
                Add(sentences, block, start, sentenceStart, end.Index + end.Length, paragraph);
                sentenceStart = end.Index + end.Length;
            }
            Add(sentences, block, start, sentenceStart, block.Length, paragraph);
            start += block.Length + CleanArticle.ParagraphSeparator.Length;
            paragraph++;
        }
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string block, int blockStart, int from, int to, int paragraph)
    {
        while (from < to && char.IsWhiteSpace(block[from]))
        {
            from++;
        }
        if (to > from)
        {
            sentences.Add(new Sentence(blockStart + from, blockStart + to, paragraph, block[from..to]));
        }
    }

    [GeneratedRegex(@"[.!?][""”’]?(?=\s+[\p{Lu}“""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\w.]*\w$")]
    private static partial Regex WordBefore();
}
