using System.Text.RegularExpressions;
using Corpus.Text.Speakers;

namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    /// <summary>
    /// A paragraph without quotation marks that opens with a speaker's label ("BENENSON: …", "Mark Cuban: …", "A: …") is
    /// that speaker's, as in transcripts, interviews and headlines. The label must name someone the article knows, so
    /// "Update:" or "Related:" are no speakers; Q and A are kept without one.
    /// </summary>
    private static bool LabelledParagraph(Context context, int start, int end)
    {
        var body = context.Body;
        if (!MayOpenWithLabel(body, start, Math.Min(MaxLabelChars, end - start)))
        {
            return false;
        }
        var m = SpeakerLabel().Match(body, start, Math.Min(MaxLabelChars, end - start));
        if (!m.Success)
        {
            return false;
        }
        var label = m.Groups["name"].Value;
        var phrase = string.Empty;
        if (label is not ("Q" or "A"))
        {
            if (context.Parse(label.Any(char.IsLower) ? label : TitleCase(label)) is not { Form: MentionForm.Name } mention
                || !context.Speakers.Knows(mention, start))
            {
                return false;
            }
            phrase = mention.Name;
        }
        return AddIndirect(context, phrase, ":", m.Index + m.Length, end, "speaker-label", start);
    }

    private const int MaxLabelChars = 40;

    /// <summary>Whether a label can open the text at all: a capital letter first and a colon within it (most paragraphs fail the regex on this).</summary>
    private static bool MayOpenWithLabel(string body, int start, int length) =>
        length > 0 && char.IsAsciiLetterUpper(body[start]) && body.AsSpan(start, length).Contains(':');

    [GeneratedRegex(@"\G(?<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):\s")]
    private static partial Regex SpeakerLabel();
}
