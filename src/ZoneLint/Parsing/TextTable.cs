using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>
/// The TXT RDATA one reader has read, by content: equal data is kept once, and a repeat written plainly is recognised
/// from its tokens before any of it is made.
/// </summary>
/// <remarks>
/// PERF: zones publish the same SPF, DMARC and DKIM texts at many names (the 1M-record benchmark zone has 1,804 distinct
/// texts in 184,074 TXT records, a 2048-bit DKIM key among them). Only data without per-record string positions is
/// shared, since those say where one record's strings were written; the table stops growing at
/// <see cref="MaxDistinctTexts"/>, so a zone of distinct texts costs little.
/// </remarks>
internal sealed class TextTable
{
    private const int MaxDistinctTexts = 1 << 16;

    private readonly Dictionary<CharacterStringsData, TxtData> texts = new(TokensComparer.Instance);
    private readonly Dictionary<CharacterStringsData, TxtData>.AlternateLookup<Tokens> byTokens;

    public TextTable() => byTokens = texts.GetAlternateLookup<Tokens>();

    /// <summary>
    /// The data already read that the tokens of <paramref name="entry"/> from <paramref name="first"/> on would make, if
    /// they are written the plain way (quoted strings without escapes, one space apart on one line).
    /// </summary>
    public TxtData? Find(ReadOnlySpan<byte> source, Entry entry, int first)
    {
        if (texts.Count == 0 || first >= entry.Count || !IsPlain(source, entry, first))
        {
            return null;
        }

        return byTokens.TryGetValue(new Tokens(source, entry, first), out var known) ? known : null;
    }

    /// <summary>An equal TXT RDATA read before, or <paramref name="txt"/>, kept for the records after it.</summary>
    public TxtData Share(TxtData txt)
    {
        if (txt.StringPositions is not null)
        {
            return txt;
        }

        if (texts.TryGetValue(txt, out var known))
        {
            return known;
        }

        if (texts.Count < MaxDistinctTexts)
        {
            texts.Add(txt, txt);
        }

        return txt;
    }

    /// <summary>The layout <see cref="CharacterStringsData"/> reads without keeping positions, so shares.</summary>
    private static bool IsPlain(ReadOnlySpan<byte> source, Entry entry, int first)
    {
        int line = entry[first].Line;
        int previousEnd = -1;
        for (int i = first; i < entry.Count; i++)
        {
            ref Token token = ref entry[i];
            if (!CharacterStringsData.KeepsPlainLayout(token, source.Slice(token.Start, token.Length), line, previousEnd))
            {
                return false;
            }

            previousEnd = token.Start + token.Length;
        }

        return true;
    }

    /// <summary>The quoted strings of an entry from one token on: their octets are their text.</summary>
    private readonly ref struct Tokens
    {
        private readonly ReadOnlySpan<byte> source;
        private readonly Entry entry;
        private readonly int first;

        public Tokens(ReadOnlySpan<byte> source, Entry entry, int first)
        {
            this.source = source;
            this.entry = entry;
            this.first = first;
        }

        public int Count => entry.Count - first;

        public ReadOnlySpan<byte> this[int index]
        {
            get
            {
                ref Token token = ref entry[first + index];
                return source.Slice(token.Start, token.Length);
            }
        }
    }

    private sealed class TokensComparer : IEqualityComparer<CharacterStringsData>, IAlternateEqualityComparer<Tokens, CharacterStringsData>
    {
        public static readonly TokensComparer Instance = new();

        public bool Equals(CharacterStringsData? x, CharacterStringsData? y) => SameStrings.Instance.Equals(x, y);

        public int GetHashCode(CharacterStringsData obj) => SameStrings.Instance.GetHashCode(obj);

        public bool Equals(Tokens alternate, CharacterStringsData other)
        {
            if (alternate.Count != other.Strings.Length)
            {
                return false;
            }

            for (int i = 0; i < alternate.Count; i++)
            {
                if (!alternate[i].SequenceEqual(other.Strings[i].AsSpan()))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The hash <see cref="SameStrings"/> gives the data these tokens make.</summary>
        public int GetHashCode(Tokens alternate)
        {
            var hash = default(HashCode);
            for (int i = 0; i < alternate.Count; i++)
            {
                SameStrings.Add(ref hash, alternate[i]);
            }

            return hash.ToHashCode();
        }

        public CharacterStringsData Create(Tokens alternate) =>
            throw new NotSupportedException("The table is filled with data already made, never from tokens.");
    }
}
