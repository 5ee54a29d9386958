using System.Runtime.CompilerServices;

namespace Corpus.Gateway.Uploads;

public static class UploadBodyChecks
{
    /// <summary>Ends the upload with <see cref="UnreadableUploadException"/> when the body held no article at all, before anything is stored.</summary>
    public static async IAsyncEnumerable<UploadLine> FailWhenEmpty(this IAsyncEnumerable<UploadLine> lines, string whatWasExpected, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var any = false;
        await foreach (var line in lines.WithCancellation(ct))
        {
            any = true;
            yield return line;
        }
        if (!any)
        {
            throw new UnreadableUploadException($"The body is empty: send {whatWasExpected}.");
        }
    }
}
