using System.Net.Mail;
using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>An email address in the plain <c>local@domain.tld</c> form, in the characters Cal.com accepts.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    public string Value { get; }

    private EmailAddress(string value) => Value = value;

    /// <summary>An address this service did not get from a client (Cal.com's answer); an unusable one is a broken invariant.</summary>
    public static EmailAddress From(string? value) =>
        IsValid(value) ? new EmailAddress(value!.Trim()) : throw new DomainException("attendee.email", "Email address is not valid.");

    public static Parsed<EmailAddress> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<EmailAddress>.Invalid(field, $"{field} is required.");
        }

        if (!TextRules.HasOnlyEmailCharacters(text.Trim()))
        {
            return Parsed<EmailAddress>.Invalid(field, TextRules.EmailCharactersMessage(field));
        }

        return IsValid(text)
            ? new EmailAddress(text.Trim())
            : Parsed<EmailAddress>.Invalid(field, $"{field} must be a valid email address, e.g. jane@example.com.");
    }

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length > MaxLength || text.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(text, out var parsed))
        {
            return false;
        }

        // MailAddress also accepts display names ("Jane <j@x.io>") and dotless hosts; Cal.com does not.
        var domain = parsed.Host;
        return parsed.Address == text
            && TextRules.IsCalComEmail(text)
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    public override string ToString() => Value;
}
