using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>The person who books: a name, an email address and the IANA time zone they see the booking in.</summary>
public sealed record Attendee
{
    public const int MaxNameLength = 200;
    public const string DefaultTimeZone = "UTC";

    public string Name { get; }

    public EmailAddress Email { get; }

    public string TimeZone { get; }

    private Attendee(string name, EmailAddress email, string timeZone)
    {
        Name = name;
        Email = email;
        TimeZone = timeZone;
    }

    public static Attendee Create(string? name, EmailAddress email, string? timeZone)
    {
        var trimmedName = name?.Trim();
        if (string.IsNullOrEmpty(trimmedName) || trimmedName.Length > MaxNameLength)
        {
            throw new DomainException("attendee.name", $"Attendee name is required and at most {MaxNameLength} characters.");
        }

        if (TextRules.HasHiddenCharacters(trimmedName))
        {
            throw new DomainException("attendee.name", TextRules.HiddenCharactersMessage("attendee.name"));
        }

        var zone = string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone.Trim();
        if (!IsIanaTimeZone(zone))
        {
            throw new DomainException("timezone", "Time zone must be an IANA time zone such as Europe/Berlin.");
        }

        return new Attendee(trimmedName, email, zone);
    }

    public static bool IsIanaTimeZone(string? zone) =>
        !string.IsNullOrWhiteSpace(zone)
        && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found)
        && found.HasIanaId;
}
