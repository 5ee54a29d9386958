using Corpus.Text.Speakers;

namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    private const int MaxGroupWords = 5;

    /// <summary>
    /// "State Department officials said", "some Democrats say", "the Clinton campaign said": the words ending at
    /// <paramref name="head"/> when they name a group (see <see cref="GroupSource"/>), as a source phrase; else null, and
    /// the description stays without a speaker.
    /// </summary>
    private static (int First, string Text)? GroupSubject(Context context, List<(int Start, int End)> words, int head)
    {
        var body = context.Body;
        if (head < 0 || Words.EndsPhrase(body, words[head]) && Words.Last(body, words[head]) != ',' || !GroupSource.IsHead(Words.Bare(body, words[head])))
        {
            return null;
        }
        var first = head;
        while (first > 0 && head - first < MaxGroupWords && !Words.EndsPhrase(body, words[first - 1]))
        {
            var word = Words.BareSpan(body, words[first - 1]);
            if (word.Length == 0 || !(char.IsUpper(word[0]) || GroupSource.MayDescribe(word)) || Cues.IsVerb(word)
                || SourcePhrase.SentenceOpeners.Contains(word.ToString()))
            {
                break;
            }
            first--;
        }
        if (first > 0 && !Words.EndsPhrase(body, words[first - 1]) && !ClauseOpeners.Contains(Words.Bare(body, words[first - 1])))
        {
            // "Critics of the Obama administration say": the group is the complement of another noun, not the subject.
            return null;
        }
        var named = new List<string>(head - first + 1);
        for (var k = first; k <= head; k++)
        {
            named.Add(Words.Bare(body, words[k]));
        }
        // Only a group: "the campaign said" has no proper part, and the parser would make an organisation of it.
        var text = body[words[first].Start..words[head].End].TrimEnd(',');
        return GroupSource.Parse(named) is not null && context.Parse(text) is { Form: MentionForm.Organization } ? (first, text) : null;
    }

    /// <summary>Words after which a new clause, and so its subject, begins.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "that", "while", "as", "because", "when", "if", "though", "although", "since", "after", "before", "where", "so",
    };

    /// <summary>The word before a cue past its auxiliaries ("have said", "has long argued"): the head of its subject.</summary>
    private static int SubjectHead(string body, List<(int Start, int End)> words, int cue)
    {
        var end = cue - 1;
        while (end > 0 && Cues.IsAuxiliary(Words.BareSpan(body, words[end])) && !Words.EndsPhrase(body, words[end]))
        {
            end--;
        }
        return end;
    }
}
