using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>One log call; <see cref="Everything"/> holds the message, every structured value and the exception.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, string Everything);
