using System.Globalization;

namespace ZoneLint.Model;

/// <summary>A record class (RFC 1035 §3.2.4); unknown numbers print as <c>CLASSnnn</c> (RFC 3597 §5).</summary>
public readonly struct RRClass : IEquatable<RRClass>
{
    /// <summary>Creates a class from its number.</summary>
    public RRClass(ushort value) => Value = value;

    /// <summary>The class number.</summary>
    public ushort Value { get; }

    /// <summary>The Internet class.</summary>
    public static RRClass IN => new(1);

    /// <summary>The Chaos class.</summary>
    public static RRClass CH => new(3);

    /// <summary>The Hesiod class.</summary>
    public static RRClass HS => new(4);

    /// <summary>Parses <c>IN</c>, <c>CS</c>, <c>CH</c>, <c>HS</c> (any case) or the RFC 3597 form <c>CLASSnnn</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RRClass value)
    {
        ushort number = 0;
        if (text.Equals("IN", StringComparison.OrdinalIgnoreCase))
        {
            number = 1;
        }
        else if (text.Equals("CS", StringComparison.OrdinalIgnoreCase))
        {
            number = 2;
        }
        else if (text.Equals("CH", StringComparison.OrdinalIgnoreCase))
        {
            number = 3;
        }
        else if (text.Equals("HS", StringComparison.OrdinalIgnoreCase))
        {
            number = 4;
        }
        else if (text.Length > 5 && text[..5].Equals("CLASS", StringComparison.OrdinalIgnoreCase)
            && char.IsAsciiDigit(text[5])
            && ushort.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
        }
        else
        {
            value = default;
            return false;
        }

        value = new RRClass(number);
        return true;
    }

    /// <summary>The mnemonic, or <c>CLASSnnn</c>.</summary>
    public override string ToString() => Value switch
    {
        1 => "IN",
        2 => "CS",
        3 => "CH",
        4 => "HS",
        _ => "CLASS" + Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc/>
    public bool Equals(RRClass other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RRClass other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value;

#pragma warning disable CS1591
    public static bool operator ==(RRClass left, RRClass right) => left.Value == right.Value;
    public static bool operator !=(RRClass left, RRClass right) => left.Value != right.Value;
#pragma warning restore CS1591
}
