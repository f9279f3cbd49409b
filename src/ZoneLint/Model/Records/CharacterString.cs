using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace ZoneLint.Model.Records;

/// <summary>Checks shared by the types whose fields are character-strings (RFC 1035 §3.3): HINFO, NAPTR.</summary>
internal static class CharacterString
{
    public const int MaxLength = 255;

    /// <summary>Returns the octets, empty for a default array; throws when they do not fit a character-string.</summary>
    public static ImmutableArray<byte> Check(ImmutableArray<byte> value, string parameter)
    {
        if (value.IsDefault)
        {
            return [];
        }

        if (value.Length > MaxLength)
        {
            throw new ArgumentException("A character-string holds at most 255 octets.", parameter);
        }

        return value;
    }

    public static ImmutableArray<byte> FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ImmutableCollectionsMarshal.AsImmutableArray(Encoding.UTF8.GetBytes(text));
    }
}
