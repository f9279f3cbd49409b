using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ZoneLint.Engine;

/// <summary>
/// What a diagnostic means, independent of where it was found: a stable ID, title, message format,
/// category, default severity and help link (computed from the ID, as in Roslyn's analyzers).
/// </summary>
public sealed class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    /// <summary>Where rule pages live; a rule's help link is this plus <c>ZLnnnn.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/zonelint/zonelint/blob/main/docs/rules/";

    /// <summary>Creates a descriptor. <paramref name="messageFormat"/> uses composite format placeholders (<c>{0}</c>).</summary>
    /// <param name="id">A stable ID such as <c>ZL1001</c>; third-party rules use their own prefix.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>… placeholders for the arguments a rule passes.</param>
    /// <param name="category">The category, such as <c>Mail</c>; <c>.editorconfig</c> can set the severity of a whole category.</param>
    /// <param name="defaultSeverity">The severity when nothing configures it.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs when nothing configures it.</param>
    /// <param name="helpLinkUri">A help link; <see langword="null"/> for the built-in rule page of <paramref name="id"/>.</param>
    public DiagnosticDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity, bool isEnabledByDefault = true, string? helpLinkUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpLinkUri = helpLinkUri ?? HelpLinkBase + id + ".md";
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format.</summary>
    public string MessageFormat { get; }

    private StrongBox<CompositeFormat?>? composite;

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The default severity.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when nothing configures it.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>The help link.</summary>
    public string HelpLinkUri { get; }

    /// <summary>Formats the message with <paramref name="args"/>.</summary>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat
        : Composite is { } composite ? string.Format(CultureInfo.InvariantCulture, composite, args)
        : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    /// <summary>Whether <see cref="FormatMessage"/> gives <paramref name="args"/> a message without throwing: the format is valid and asks for no more arguments.</summary>
    internal bool Fits(object?[] args) => Composite is { } composite && args.Length >= composite.MinimumArgumentCount;

    // The format parsed once (null when it is not a valid composite format); a race parses it twice, to the same result.
    private CompositeFormat? Composite
    {
        get
        {
            if (Volatile.Read(ref composite) is not { } parsed)
            {
                CompositeFormat? format;
                try
                {
                    format = CompositeFormat.Parse(MessageFormat);
                }
                catch (FormatException)
                {
                    format = null;
                }

                parsed = new StrongBox<CompositeFormat?>(format);
                Volatile.Write(ref composite, parsed);
            }

            return parsed.Value;
        }
    }

    /// <inheritdoc/>
    public bool Equals(DiagnosticDescriptor? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + Title;
}
