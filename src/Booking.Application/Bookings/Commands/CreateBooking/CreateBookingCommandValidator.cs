using System.Text.Json;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.CreateBooking;

/// <summary>Everything that can be checked without asking Cal.com. Field names are the JSON paths the client sent.</summary>
public sealed class CreateBookingCommandValidator : AbstractValidator<CreateBookingCommand>
{
    public CreateBookingCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.EventTypeId).MustBeAnEventTypeId();
        RuleFor(c => c.Start).MustBeAFutureStart(timeProvider);
        RuleFor(c => c.End).MustBeAnEndAfter(c => c.Start);

        RuleFor(c => c.Attendee)
            .NotNull().WithMessage("attendee is required.")
            .OverridePropertyName("attendee");

        When(c => c.Attendee is not null, () =>
        {
            RuleFor(c => c.Attendee!.Name)
                .Cascade(CascadeMode.Stop)
                .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("attendee.name is required.")
                .Must(name => !TextRules.HasHiddenCharacters(name)).WithMessage(TextRules.HiddenCharactersMessage("attendee.name"))
                .Must(name => name!.Trim().Length <= Attendee.MaxNameLength)
                .WithMessage($"attendee.name must be at most {Attendee.MaxNameLength} characters.")
                .OverridePropertyName("attendee.name");

            RuleFor(c => c.Attendee!.Email)
                .Cascade(CascadeMode.Stop)
                .Must(email => !string.IsNullOrWhiteSpace(email)).WithMessage("attendee.email is required.")
                .Must(email => TextRules.HasOnlyEmailCharacters(email!.Trim())).WithMessage(TextRules.EmailCharactersMessage("attendee.email"))
                .Must(EmailAddress.IsValid).WithMessage("attendee.email must be a valid email address, e.g. jane@example.com.")
                .OverridePropertyName("attendee.email");
        });

        RuleFor(c => c.TimeZone)
            .Must(Attendee.IsIanaTimeZone)
            .When(c => c.TimeZone is not null)
            .WithMessage("timezone must be an IANA time zone such as UTC or America/New_York.")
            .OverridePropertyName("timezone");

        When(c => c.Metadata is not null, () =>
        {
            RuleFor(c => c.Metadata!.Count)
                .LessThanOrEqualTo(BookingMetadata.MaxKeys)
                .WithMessage($"metadata must have at most {BookingMetadata.MaxKeys} keys.")
                .OverridePropertyName("metadata");

            RuleFor(c => c.Metadata).Custom((metadata, context) =>
            {
                foreach (var (key, value) in metadata!)
                {
                    if (key.Length is 0 or > BookingMetadata.MaxKeyLength)
                    {
                        context.AddFailure("metadata", $"metadata key '{Shorten(key)}' must be 1 to {BookingMetadata.MaxKeyLength} characters.");
                    }
                    else if (TextRules.HasHiddenCharacters(key))
                    {
                        context.AddFailure("metadata", TextRules.HiddenCharactersMessage("metadata keys"));
                    }
                    else if (value.ValueKind == JsonValueKind.String && TextRules.HasHiddenCharacters(value.GetString(), allowLineBreaks: true))
                    {
                        context.AddFailure($"metadata.{key}", TextRules.HiddenCharactersExceptLineBreaksMessage($"metadata.{key}"));
                    }
                    else if (value.ValueKind == JsonValueKind.Number && !TextRules.IsFiniteNumber(value.GetRawText()))
                    {
                        context.AddFailure($"metadata.{key}", TextRules.FiniteNumberMessage($"metadata.{key}"));
                    }
                    else if (!BookingMetadata.IsAllowedValue(value))
                    {
                        context.AddFailure($"metadata.{key}",
                            $"metadata.{key} must be a string of at most {BookingMetadata.MaxStringValueLength} characters, a number or a boolean.");
                    }
                }
            });
        });
    }

    private static string Shorten(string key) => key.Length <= BookingMetadata.MaxKeyLength ? key : key[..BookingMetadata.MaxKeyLength] + "…";
}
