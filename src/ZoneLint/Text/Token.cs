using System.Runtime.CompilerServices;

namespace ZoneLint.Text;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Written between double quotes; the quotes are not part of the token's span.</summary>
    Quoted = 1,

    /// <summary>Contains a backslash escape; callers unescape only when they need the value.</summary>
    Escaped = 2,
}

/// <summary>One token of a zone entry: a slice of the source buffer plus where it starts.</summary>
/// <remarks>PERF: a plain struct in a reused array; no string is made for a token unless a value needs one.</remarks>
internal struct Token
{
    public int Start;
    public int Length;
    public int Line;
    public int LineStart;
    public TokenFlags Flags;

    public readonly bool IsQuoted => (Flags & TokenFlags.Quoted) != 0;

    public readonly bool IsEscaped => (Flags & TokenFlags.Escaped) != 0;
}

/// <summary>One logical entry of a master file: the tokens of a line, or of several lines joined by parentheses.</summary>
internal sealed class Entry
{
    private Token[] tokens = new Token[32];

    public int Count { get; private set; }

    /// <summary>The line began with white space, so the record inherits the previous owner (RFC 1035 §5.1).</summary>
    public bool StartsWithBlank { get; set; }

    public int Line { get; set; }

    public int LineStart { get; set; }

    /// <summary>The first problem the tokenizer met in this entry; the entry is then skipped as a whole.</summary>
    public string? Error { get; set; }

    public int ErrorLine { get; set; }

    public int ErrorOffset { get; set; }

    public int ErrorLineStart { get; set; }

    public ref Token this[int index] => ref tokens[index];

    public ReadOnlySpan<Token> Tokens => tokens.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Token token)
    {
        if (Count == tokens.Length)
        {
            Grow();
        }

        tokens[Count++] = token;
    }

    // PERF: out of Add, so that Add, called for every token, is small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref tokens, tokens.Length * 2);

    public void SetError(string message, int line, int lineStart, int offset)
    {
        if (Error is null)
        {
            Error = message;
            ErrorLine = line;
            ErrorLineStart = lineStart;
            ErrorOffset = offset;
        }
    }

    /// <summary>Sets the error even when one is already set: for an error that explains the others away.</summary>
    public void ReplaceError(string message, int line, int lineStart, int offset)
    {
        Error = null;
        SetError(message, line, lineStart, offset);
    }

    public void Clear()
    {
        Count = 0;
        Error = null;
        StartsWithBlank = false;
    }
}
