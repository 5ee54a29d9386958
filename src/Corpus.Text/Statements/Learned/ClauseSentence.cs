using System.Runtime.InteropServices;

namespace Corpus.Text.Statements.Learned;

/// <summary>
/// One sentence as the learned step reads it: each word's bare form and cue rate, worked out once per sentence, and the
/// marks the candidate search tests at every word after a cue (commas, where a clause stops), worked out once for the
/// sentence rather than again by every cue's scan to the sentence's end.
/// Reused from sentence to sentence of an article.
/// </summary>
public sealed class ClauseSentence
{
    [Flags]
    private enum Mark : byte
    {
        None = 0,
        Comma = 1,
        Stop = 2,
        Link = 4,
        AndPronoun = 8,
        Cue = 16,
    }

    private int[] _bareStart = new int[64];
    private int[] _bareLength = new int[64];
    private Mark[] _marks = new Mark[64];
    private bool _linksMarked;

    public string Body { get; private set; } = string.Empty;

    public List<(int Start, int End)> Words { get; private set; } = [];

    /// <summary>Each word's cue rate: 0 for a word that cannot be a cue (see <see cref="ClauseModel.CueRate(ReadOnlySpan{char})"/>).</summary>
    public List<double> Rates { get; } = [];

    public int Count => Words.Count;

    /// <summary>Reads a sentence's words: their bare forms and, from <paramref name="lexicon"/>, their cue rates.</summary>
    public void Load(string body, List<(int Start, int End)> words, ClauseModel lexicon)
    {
        Body = body;
        Words = words;
        if (_bareStart.Length < words.Count)
        {
            var size = Math.Max(words.Count, _bareStart.Length * 2);
            _bareStart = new int[size];
            _bareLength = new int[size];
            _marks = new Mark[size];
        }
        _linksMarked = false;
        CollectionsMarshal.SetCount(Rates, words.Count);
        var rates = CollectionsMarshal.AsSpan(Rates);
        var all = CollectionsMarshal.AsSpan(words);
        var afterComma = false;
        for (var k = 0; k < all.Length; k++)
        {
            // As Words.BareSpan: the word without leading and trailing punctuation.
            var (start, end) = all[k];
            var last = body[end - 1];
            while (start < end && !char.IsLetterOrDigit(body[start]))
            {
                start++;
            }
            while (end > start && !char.IsLetterOrDigit(body[end - 1]))
            {
                end--;
            }
            _bareStart[k] = start;
            _bareLength[k] = end - start;
            var bare = body.AsSpan(start, end - start);
            var mark = last is ',' or ';' or '—' or '–' or ':' ? Mark.Comma : Mark.None;
            var usable = false;
            rates[k] = bare.Length >= 3 && char.IsLower(bare[0]) ? lexicon.CueRate(bare, ClauseCandidates.MayBeCue, out usable) : 0;
            if (usable && rates[k] > 0)
            {
                mark |= Mark.Cue;
            }
            if (k > 0 && ((afterComma && (bare.SequenceEqual("according") || (bare.EndsWith("ing", StringComparison.Ordinal) && Cues.IsVerb(bare))))
                || (bare.IsEmpty && body[all[k].Start] is '—' or '–')))
            {
                // A clause stops before a participle cue or "according" after a comma, or before a dash.
                mark |= Mark.Stop;
            }
            _marks[k] = mark;
            afterComma = last == ',';
        }
    }

    /// <summary>Word <paramref name="k"/> without leading and trailing punctuation (as <see cref="Statements.Words.BareSpan"/>).</summary>
    public ReadOnlySpan<char> Bare(int k) => Body.AsSpan(_bareStart[k], _bareLength[k]);

    /// <summary>Whether word <paramref name="k"/> has a cue rate and is no word that is never a cue here (<see cref="ClauseCandidates.MayBeCue"/>).</summary>
    public bool IsCueWord(int k) => (_marks[k] & Mark.Cue) != 0;

    /// <summary>Whether word <paramref name="k"/> ends with a comma, semicolon, dash or colon.</summary>
    public bool EndsWithComma(int k) => (_marks[k] & Mark.Comma) != 0;

    /// <summary>Whether a clause stops before word <paramref name="k"/>: a participle cue or "according" after a comma, or a dash.</summary>
    public bool Stops(int k) => (_marks[k] & Mark.Stop) != 0;

    /// <summary>
    /// The first word from <paramref name="from"/> to <paramref name="last"/> that links a further clause or an adjunct:
    /// "because", "despite", "while", or "and", "but", "or" before a pronoun ("and he …") short of <paramref name="last"/>.
    /// The words are marked once per sentence, on the first call.
    /// </summary>
    public int FirstLink(int from, int last)
    {
        if (!_linksMarked)
        {
            _linksMarked = true;
            for (var k = 0; k < Count; k++)
            {
                var word = Bare(k);
                if (ClauseCandidates.IsLinkWord(word))
                {
                    _marks[k] |= Mark.Link;
                }
                if (word is "and" or "but" or "or" && k + 1 < Count && ClauseCandidates.IsPronoun(Bare(k + 1)))
                {
                    _marks[k] |= Mark.AndPronoun;
                }
            }
        }
        for (var k = Math.Max(from, 0); k <= last; k++)
        {
            if ((_marks[k] & Mark.Link) != 0 || ((_marks[k] & Mark.AndPronoun) != 0 && k < last))
            {
                return k;
            }
        }
        return -1;
    }
}
