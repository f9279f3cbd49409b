using System.Text;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Rules;

/// <summary>
/// Host name syntax: RFC 952 as relaxed by RFC 1123 §2.1. Every label is letters, digits and hyphens ("LDH"), and
/// neither starts nor ends with a hyphen; a label may start with a digit (the RFC 1123 change).
/// </summary>
/// <remarks>Lengths (63 per label, 255 per name) are enforced by <see cref="DomainName"/> itself.</remarks>
internal static class HostNames
{
    /// <summary>Whether <paramref name="name"/> is a valid host name; with <paramref name="allowWildcard"/>, a leftmost <c>*</c> label is accepted.</summary>
    internal static bool IsValidHostName(DomainName name, bool allowWildcard) => FindProblem(name, allowWildcard) is null;

    /// <summary>Why <paramref name="name"/> is not a valid host name, in words, or <see langword="null"/> when it is one.</summary>
    internal static string? FindProblem(DomainName name, bool allowWildcard)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wire = name.Wire;
        int offset = 0;
        bool leftmost = true;
        while (wire[offset] != 0)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            offset += wire[offset] + 1;
            if (leftmost && allowWildcard && label is [(byte)'*'])
            {
                leftmost = false;
                continue;
            }

            leftmost = false;
            if (LabelProblem(label) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? LabelProblem(ReadOnlySpan<byte> label)
    {
        if (label is [(byte)'*'])
        {
            return "'*' is only a wildcard as the whole leftmost label";
        }

        foreach (byte b in label)
        {
            if (!IsLetterOrDigit(b) && b != (byte)'-')
            {
                return $"label '{Show(label)}' contains '{ShowChar(b)}' (only letters, digits and '-' are allowed)";
            }
        }

        if (label[0] == (byte)'-')
        {
            return $"label '{Show(label)}' starts with '-'";
        }

        if (label[^1] == (byte)'-')
        {
            return $"label '{Show(label)}' ends with '-'";
        }

        return null;
    }

    private static bool IsLetterOrDigit(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9');

    private static string Show(ReadOnlySpan<byte> label)
    {
        var sb = new StringBuilder(label.Length + 4);
        NameText.AppendLabel(label, sb);
        return sb.ToString();
    }

    private static string ShowChar(byte b) => b is > 0x20 and < 0x7F ? ((char)b).ToString() : Show([b]);
}
